import Foundation
import Testing
@testable import Learn

@Suite(.isolatedRandom) struct TensorConstructionTests {
    @Test func constructorsMakeTheDocumentedShapes() throws {
        #expect(try Tensor(zeros: [2, 3]).scalars == [0, 0, 0, 0, 0, 0])
        #expect(try Tensor(ones: [2]).shape == [2])
        let literal = try Tensor([[1, 2], [3, 4]])
        #expect(literal.shape == [2, 2] && literal.rank == 2 && literal.scalarCount == 4)
        #expect(try Tensor(linspace: 0, 1, count: 5).scalars == [0, 0.25, 0.5, 0.75, 1])
        #expect(try Tensor(randomNormal: [3, 4]).shape == [3, 4])
        let uniform = try Tensor(randomUniform: [100])
        #expect(uniform.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test func randomTensorsRepeatAfterReseeding() throws {
        Learn.seed(7)
        let first = try Tensor(randomNormal: [5])
        Learn.seed(7)
        let second = try Tensor(randomNormal: [5])
        #expect(first == second)
        #expect(try Tensor(randomNormal: [5]) != second)
    }

    @Test func badConstructionThrows() {
        #expect(throws: TensorError.raggedLiteral) { try Tensor([[1, 2], [3]]) }
        #expect(throws: TensorError.invalidShape([2, -1])) { try Tensor(zeros: [2, -1]) }
        #expect(throws: TensorError.scalarCountMismatch(shape: [2, 2], count: 3)) {
            try Tensor(shape: [2, 2], scalars: [1, 2, 3])
        }
    }

    @Test func copiesAreIndependent() throws {
        let a = try Tensor([[1, 2], [3, 4]])
        var b = a
        b.scalars[0] = 9
        #expect(a.scalars[0] == 1 && b.scalars[0] == 9)
    }
}

@Suite(.isolatedRandom) struct TensorArithmeticTests {
    @Test func broadcastsRowsColumnsAndScalars() throws {
        let m = try Tensor([[1, 2, 3], [4, 5, 6]])
        #expect(try (m + Tensor([10, 20, 30])).scalars == [11, 22, 33, 14, 25, 36])
        #expect(try (m * Tensor([[2], [3]])).scalars == [2, 4, 6, 12, 15, 18])
        #expect((m - 1).scalars == [0, 1, 2, 3, 4, 5])
        #expect((12 / m).scalars == [12, 6, 4, 3, 2.4, 2])
        #expect((-m).scalars == [-1, -2, -3, -4, -5, -6])
        let outer = try Tensor([[1], [2]]) + Tensor([10, 20, 30])
        #expect(outer.shape == [2, 3] && outer.scalars == [11, 21, 31, 12, 22, 32])
    }

    @Test func broadcastsHigherRanks() throws {
        let a = try Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
        let b = try Tensor(shape: [2, 1], scalars: [10, 20])
        let sum = try a + b
        #expect(sum.shape == [2, 2, 3])
        #expect(sum.scalars == [11, 12, 13, 21, 22, 23, 14, 15, 16, 24, 25, 26])
    }

    @Test func incompatibleShapesNameBoth() throws {
        let a = try Tensor(zeros: [2, 3])
        let b = try Tensor(zeros: [4])
        let error = #expect(throws: TensorError.self) { try a + b }
        #expect(error?.description == "cannot broadcast shapes [2, 3] and [4]")
    }

    @Test func matmulMultipliesAndChecksInnerDimensions() throws {
        let a = try Tensor([[1, 2], [3, 4], [5, 6]])
        let b = try Tensor([[1, 0, 2], [0, 1, 3]])
        #expect(try matmul(a, b).scalars == [1, 2, 8, 3, 4, 18, 5, 6, 28])
        #expect(try (a • b).shape == [3, 3])
        #expect(throws: TensorError.matmulMismatch([3, 2], [3, 2])) { try matmul(a, a) }
        #expect(throws: TensorError.self) { try matmul(Tensor([1, 2]), a) }
    }

    @Test(arguments: [(13, 17, 19), (32, 64, 64), (5, 3, 12), (4, 1, 8), (7, 9, 3), (1, 5, 1)])
    func matmulMatchesNaiveLoops(m: Int, k: Int, n: Int) throws {
        Learn.seed(3)
        let a = try Tensor(randomNormal: [m, k])
        let b = try Tensor(randomNormal: [k, n])
        let product = try matmul(a, b)
        let viaTransposes = try matmul(b.transposed(), a.transposed()).transposed()
        let leftTransposed = MatrixKernels.multiplyTransposingLeft(a.transposed().scalars, b.scalars, k: k, m: m, n: n)
        let rightTransposed = MatrixKernels.multiplyTransposingRight(a.scalars, b.transposed().scalars, m: m, k: k, n: n)
        for i in 0..<m {
            for j in 0..<n {
                var expected = 0.0
                for p in 0..<k { expected += a.scalars[i * k + p] * b.scalars[p * n + j] }
                for candidate in [product.scalars, viaTransposes.scalars, leftTransposed, rightTransposed] {
                    #expect(Swift.abs(candidate[i * n + j] - expected) < 1e-12)
                }
            }
        }
    }

    @Test func elementwiseFunctionsMatchScalarMath() throws {
        let x = try Tensor([0.5, 1, 2])
        #expect(exp(x).scalars == x.scalars.map { Foundation.exp($0) })
        #expect(relu(Tensor([-1, 0, 2])).scalars == [0, 0, 2])
        #expect(pow(x, 2).scalars == [0.25, 1, 4])
        #expect(floor(Tensor([1.5, -1.5])).scalars == [1, -2])
        #expect(round(Tensor([2.5, -2.5])).scalars == [3, -3])
        #expect(try max(Tensor([1, 5]), Tensor([3, 2])).scalars == [3, 5])
        #expect(try min(Tensor([[1, 5]]), Tensor([3])).scalars == [1, 3])
        #expect(max(Tensor([-1, 2]), 0).scalars == [0, 2])
        #expect(min(Tensor([-1, 2]), 0).scalars == [-1, 0])
        #expect(try atan2(Tensor([1]), Tensor([1])).scalars == [Double.pi / 4])
        let probabilities = softmax(try Tensor([[1, 2, 3], [1000, 1000, 1000]]))
        #expect(Swift.abs(probabilities.scalars[0...2].reduce(0, +) - 1) < 1e-12)
        #expect(probabilities.scalars[3...5].allSatisfy { Swift.abs($0 - 1.0 / 3) < 1e-12 })
    }
}

@Suite(.isolatedRandom) struct TensorLimitTests {
    @Test func hugeOrOverflowingShapesAreErrors() throws {
        #expect(throws: TensorError.tooLarge([Int.max, 2])) { try Tensor(zeros: [Int.max, 2]) }
        #expect(throws: TensorError.tooLarge([1 << 20, 1 << 20])) { try Tensor(randomNormal: [1 << 20, 1 << 20]) }
        #expect(throws: TensorError.tooLarge([0, 1 << 30, 1 << 30])) { try Tensor(ones: [0, 1 << 30, 1 << 30]) }
        let column = try Tensor(zeros: [1 << 20, 1])
        let row = try Tensor(zeros: [1, 1 << 20])
        #expect(throws: TensorError.tooLarge([1 << 20, 1 << 20])) { try column + row }
        #expect(throws: TensorError.tooLarge([1 << 20, 1 << 20])) { try matmul(column, row) }
        #expect(throws: TensorError.self) { try Tensor(linspace: 0, 1, count: Int.max) }
        #expect(throws: TensorError.self) { try Tensor([1, 2]).reshaped(to: [Int.max, -1]) }
        let error = #expect(throws: TensorError.self) { try Tensor(zeros: [1 << 40]) }
        #expect(error?.description == "a tensor of shape [1099511627776] is too large (the limit is 268435456 scalars)")
    }
}
