import Foundation
import Testing
@testable import Learn

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

    @Test func aTensorOfMillionsFormatsOnlyTheEntriesItShows() throws {
        var scalars = [Double](repeating: 0, count: 4_000_000)
        scalars[2_000_000] = 123_456_789  // hidden: it widens no column (as numpy prints)
        #expect(Tensor(scalars).description == "[0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0]")
    }

    @Test func rank2HasAnHTMLTable() throws {
        let html = try #require(try Tensor([[1, 2], [3, 4]]).htmlTable())
        #expect(html.contains("<table"))
        #expect(html.contains("<td>4.0</td>"))
        #expect(html.components(separatedBy: "<tr>").count == 4)
        #expect(Tensor([1, 2]).htmlTable() == nil)
    }
}
