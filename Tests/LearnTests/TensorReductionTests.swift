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
