import Foundation
import Testing
@testable import Learn

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
