import Learn

/// Principal components of a data matrix, exactly: the eigen-decomposition of the sample
/// covariance (Xc'Xc / (n − 1), the product on Learn's matrix kernel), largest variance first.
/// Each component's sign is fixed so that its largest entry is positive, so runs agree.
public struct PrincipalComponents: Sendable {
    public let mean: [Double]
    /// Unit vectors, largest variance first.
    public let components: [[Double]]
    /// The variance along each component.
    public let variances: [Double]
    /// The sum of every direction's variance (the trace of the covariance).
    public let totalVariance: Double

    /// More columns than this would make the covariance's decomposition slow (O(d³)).
    public static let maxColumns = 2048

    enum Failure: Error, Equatable { case tooManyColumns(Int), tooFewRows(Int), notFinite }

    /// The first `count` components of `x` (`rows × columns`, row-major).
    public init(_ x: [Double], rows: Int, columns: Int, count: Int = 2, checkInterrupt: () throws -> Void = {}) throws {
        guard columns <= Self.maxColumns else { throw Failure.tooManyColumns(columns) }
        guard rows >= 2 else { throw Failure.tooFewRows(rows) }
        guard x.allSatisfy(\.isFinite) else { throw Failure.notFinite }
        var mean = [Double](repeating: 0, count: columns)
        for r in 0..<rows { for c in 0..<columns { mean[c] += x[r * columns + c] } }
        for c in 0..<columns { mean[c] /= Double(rows) }
        var centered = x
        for r in 0..<rows { for c in 0..<columns { centered[r * columns + c] -= mean[c] } }
        let matrix = try Tensor(shape: [rows, columns], scalars: centered)
        try checkInterrupt()
        let covariance = try matmul(matrix.transposed(), matrix).scalars.map { $0 / Double(rows - 1) }
        try checkInterrupt()
        let eigen = try SymmetricEigen(covariance, size: columns, checkInterrupt: checkInterrupt)
        let kept = Swift.min(count, columns)
        self.mean = mean
        variances = (0..<kept).map { Swift.max(0, eigen.values[columns - 1 - $0]) }
        components = (0..<kept).map { k in
            let v = eigen.vectors[columns - 1 - k]
            let largest = v.indices.max { abs(v[$0]) < abs(v[$1]) } ?? 0
            return v[largest] < 0 ? v.map { -$0 } : v
        }
        totalVariance = (0..<columns).reduce(0) { $0 + covariance[$1 * columns + $1] }
    }

    /// Each component's share of the total variance.
    public var explainedRatio: [Double] { variances.map { totalVariance > 0 ? $0 / totalVariance : 0 } }

    /// The rows of `x` in component coordinates, `rows × components.count`.
    public func project(_ x: [Double], rows: Int) -> [[Double]] {
        let columns = mean.count
        return (0..<rows).map { r in
            components.map { v in
                var sum = 0.0
                for c in 0..<columns { sum += (x[r * columns + c] - mean[c]) * v[c] }
                return sum
            }
        }
    }
}
