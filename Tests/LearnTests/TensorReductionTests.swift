import Foundation
import Testing
@testable import Learn

@Suite(.isolatedRandom) struct TensorReductionTests {
    let m = Tensor(uncheckedShape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])

    @Test func wholeReductions() throws {
        #expect(m.sum().scalars == [21] && m.sum().rank == 0)
        #expect(try m.mean().scalar == 3.5)
        #expect(try m.max().scalar == 6 && m.min().scalar == 1)
        let std = try #require(try m.std().scalar)
        #expect(Swift.abs(std - (35.0 / 12).squareRoot()) < 1e-12)
    }

    @Test func axisReductionsKeepOrSqueeze() throws {
        #expect(try m.sum(alongAxes: 0).shape == [1, 3])
        #expect(try m.sum(alongAxes: 0).scalars == [5, 7, 9])
        #expect(try m.sum(squeezingAxes: 1).scalars == [6, 15])
        #expect(try m.sum(squeezingAxes: 1).shape == [2])
        #expect(try m.mean(alongAxes: -1).scalars == [2, 5])
        #expect(try m.max(squeezingAxes: 0).scalars == [4, 5, 6])
        #expect(try m.min(alongAxes: 1).scalars == [1, 4])
        #expect(try m.std(alongAxes: 0).scalars == [1.5, 1.5, 1.5])
    }

    @Test func argmaxAlongEitherAxis() throws {
        let t = try Tensor([[1, 9, 3], [7, 5, 6]])
        #expect(try t.argmax(squeezingAxis: 1).scalars == [1, 0])
        #expect(try t.argmax(squeezingAxis: 0).scalars == [1, 0, 1])
        #expect(try t.argmax() == 1)
    }

    @Test func badAxesAndEmptyTensorsThrow() throws {
        #expect(throws: TensorError.invalidAxis(axis: 2, rank: 2)) { try m.sum(alongAxes: 2) }
        let empty = try Tensor(zeros: [0])
        #expect(throws: TensorError.emptyReduction("the mean")) { try empty.mean() }
        #expect(throws: TensorError.self) { try empty.max() }
        #expect(empty.sum().scalar == 0)
    }
}

@Suite(.isolatedRandom) struct TensorShapeTests {
    let m = Tensor(uncheckedShape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])

    @Test func reshapeTransposeFlatten() throws {
        #expect(try m.reshaped(to: [3, 2]).shape == [3, 2])
        #expect(try m.reshaped(to: [-1]).shape == [6])
        #expect(m.transposed().scalars == [1, 4, 2, 5, 3, 6])
        #expect(m.transposed().shape == [3, 2])
        #expect(m.flattened().shape == [6])
        let cube = try Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Double.init))
        let reversed = cube.transposed()
        #expect(reversed.shape == [4, 3, 2])
        #expect(reversed.scalars[1] == 12 && reversed.scalars[2] == 4)
        #expect(throws: TensorError.reshapeMismatch(from: [2, 3], to: [4])) { try m.reshaped(to: [4]) }
    }

    @Test func indexingAndSlicing() throws {
        #expect(try m[1].scalars == [4, 5, 6])
        #expect(try m[1, 2].scalar == 6)
        #expect(try m[1, 2].rank == 0)
        #expect(try m[0..<1].shape == [1, 3])
        #expect(try m[0...1].scalars == m.scalars)
        #expect(throws: TensorError.indexOutOfRange(index: 2, axis: 0, size: 2)) { try m[2] }
        #expect(throws: TensorError.indexOutOfRange(index: 3, axis: 1, size: 3)) { try m[0, 3] }
        #expect(throws: TensorError.tooManyIndices(count: 3, rank: 2)) { try m[0, 0, 0] }
        #expect(throws: TensorError.self) { try m[1..<5] }
        #expect(try m.gathering(rows: [1, 0, 1]).scalars == [4, 5, 6, 1, 2, 3, 4, 5, 6])
    }
}

@Suite(.isolatedRandom) struct TensorDescriptionTests {
    @Test func smallMatrixIsAlignedNumpyLikeText() throws {
        let t = try Tensor([[1, 2.5], [-3, 4]])
        #expect(t.description == "[[ 1.0,  2.5],\n [-3.0,  4.0]]")
        #expect(Tensor([1, 2]).description == "[1.0, 2.0]")
        #expect(Tensor(0.1).description == "0.1")
        #expect(Tensor([1.0 / 3, 1e-8]).description == "[0.333333,    1e-08]")
    }

    @Test func higherRanksSeparateBlocksWithABlankLine() throws {
        let cube = try Tensor(shape: [2, 2, 2], scalars: (0..<8).map(Double.init))
        #expect(cube.description == "[[[0.0, 1.0],\n  [2.0, 3.0]],\n\n [[4.0, 5.0],\n  [6.0, 7.0]]]")
        #expect(try Tensor(zeros: [0, 3]).description == "[]")
    }

    @Test func longAxesAreElided() throws {
        let t = try Tensor(shape: [8, 2], scalars: (0..<16).map(Double.init))
        let lines = t.description.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines[3].trimmingCharacters(in: .whitespaces) == "...,")
        #expect(lines.last == " [14.0, 15.0]]")
        let row = Tensor((0..<10).map(Double.init)).description
        #expect(row == "[0.0, 1.0, 2.0, ..., 7.0, 8.0, 9.0]")
    }

    @Test func rank2HasAnHTMLTable() throws {
        let html = try #require(try Tensor([[1, 2], [3, 4]]).htmlTable())
        #expect(html.contains("<table"))
        #expect(html.contains("<td>4.0</td>"))
        #expect(html.components(separatedBy: "<tr>").count == 4)
        #expect(Tensor([1, 2]).htmlTable() == nil)
    }
}
