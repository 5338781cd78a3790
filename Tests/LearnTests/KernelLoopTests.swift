import Testing
@testable import Learn

/// The raw-storage loops against their one-element-at-a-time definitions.
@Suite struct KernelLoopTests {
    @Test(arguments: [(1, 1), (3, 5), (4, 4), (7, 9), (8, 12), (64, 3), (13, 64)])
    func transposeMovesEveryElement(rows: Int, columns: Int) {
        let source = (0..<(rows * columns)).map { Double($0) * 0.5 - 3 }
        var target = [Double](repeating: .nan, count: source.count)
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { t in
                MatrixKernels.transpose(MatrixKernels.base(s), rows: rows, columns: columns, into: MatrixKernels.mutableBase(t))
            }
        }
        for r in 0..<rows {
            for c in 0..<columns { #expect(target[c * rows + r] == source[r * columns + c]) }
        }
    }

    @Test func reluMaskKeepsTheScalarSemantics() {
        let values: [Double] = [1.5, -2, 0, -0.0, .nan, .infinity, -.infinity, 3, 1e-300, -1e-300, 7]
        let upstream = values.indices.map { Double($0) - 4.25 }
        let masked = RectifierKernels.mask(upstream, byPositive: values)
        #expect(masked.map(\.bitPattern) == zip(values, upstream).map { ($0 > 0 ? $1 : 0).bitPattern })
    }
}
