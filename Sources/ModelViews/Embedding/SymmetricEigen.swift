#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The eigen-decomposition of a real symmetric matrix: Householder reduction to tridiagonal form,
/// then the implicit QL method with shifts (the EISPACK tred2/tql2 algorithms). Eigenvalues
/// ascending, eigenvectors orthonormal, accurate to rounding. O(n³).
struct SymmetricEigen {
    /// Ascending.
    let values: [Double]
    /// `vectors[k]` is the unit eigenvector of `values[k]`.
    let vectors: [[Double]]

    enum Failure: Error, Equatable { case notFinite, noConvergence }

    /// `matrix` is n × n, row-major, symmetric (only read as such).
    init(_ matrix: [Double], size n: Int, checkInterrupt: () throws -> Void = {}) throws {
        guard matrix.count == n * n, matrix.allSatisfy(\.isFinite) else { throw Failure.notFinite }
        guard n > 1 else { values = matrix; vectors = n == 1 ? [[1]] : []; return }
        var v = matrix, d = [Double](repeating: 0, count: n), e = d
        Self.tridiagonalize(&v, &d, &e, n)
        try checkInterrupt()
        var w = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for k in 0..<n { w[i * n + k] = v[k * n + i] } }
        try Self.diagonalize(&w, &d, &e, n, checkInterrupt)
        let order = (0..<n).sorted { d[$0] < d[$1] }
        values = order.map { d[$0] }
        vectors = order.map { Array(w[($0 * n)..<(($0 + 1) * n)]) }
    }

    /// Householder reduction: on return `v` holds the orthogonal transformation, `d` the diagonal
    /// and `e` the sub-diagonal (e[0] = 0) of the tridiagonal matrix.
    private static func tridiagonalize(_ v: inout [Double], _ d: inout [Double], _ e: inout [Double], _ n: Int) {
        for j in 0..<n { d[j] = v[(n - 1) * n + j] }
        for i in stride(from: n - 1, to: 0, by: -1) {
            var scale = 0.0, h = 0.0
            for k in 0..<i { scale += abs(d[k]) }
            if scale == 0 {
                e[i] = d[i - 1]
                for j in 0..<i { d[j] = v[(i - 1) * n + j]; v[i * n + j] = 0; v[j * n + i] = 0 }
            } else {
                for k in 0..<i { d[k] /= scale; h += d[k] * d[k] }
                var f = d[i - 1]
                var g = h.squareRoot()
                if f > 0 { g = -g }
                e[i] = scale * g
                h -= f * g
                d[i - 1] = f - g
                for j in 0..<i { e[j] = 0 }
                for j in 0..<i {
                    f = d[j]
                    v[j * n + i] = f
                    g = e[j] + v[j * n + j] * f
                    if j + 1 < i {
                        for k in (j + 1)..<i { g += v[k * n + j] * d[k]; e[k] += v[k * n + j] * f }
                    }
                    e[j] = g
                }
                f = 0
                for j in 0..<i { e[j] /= h; f += e[j] * d[j] }
                let hh = f / (h + h)
                for j in 0..<i { e[j] -= hh * d[j] }
                for j in 0..<i {
                    f = d[j]; g = e[j]
                    for k in j..<i { v[k * n + j] -= f * e[k] + g * d[k] }
                    d[j] = v[(i - 1) * n + j]
                    v[i * n + j] = 0
                }
            }
            d[i] = h
        }
        for i in 0..<(n - 1) {
            v[(n - 1) * n + i] = v[i * n + i]
            v[i * n + i] = 1
            let h = d[i + 1]
            if h != 0 {
                for k in 0...i { d[k] = v[k * n + i + 1] / h }
                for j in 0...i {
                    var g = 0.0
                    for k in 0...i { g += v[k * n + i + 1] * v[k * n + j] }
                    for k in 0...i { v[k * n + j] -= g * d[k] }
                }
            }
            for k in 0...i { v[k * n + i + 1] = 0 }
        }
        for j in 0..<n { d[j] = v[(n - 1) * n + j]; v[(n - 1) * n + j] = 0 }
        v[(n - 1) * n + n - 1] = 1
        e[0] = 0
    }

    /// Implicit QL with shifts on the tridiagonal (d, e); `w` holds the transformation transposed
    /// (row k is the k-th column), so each rotation updates two contiguous rows.
    private static func diagonalize(_ w: inout [Double], _ d: inout [Double], _ e: inout [Double], _ n: Int,
                                    _ checkInterrupt: () throws -> Void) throws {
        for i in 1..<n { e[i - 1] = e[i] }
        e[n - 1] = 0
        var f = 0.0, largest = 0.0
        let eps = Double.ulpOfOne
        for l in 0..<n {
            largest = Swift.max(largest, abs(d[l]) + abs(e[l]))
            var m = l
            while m < n - 1, abs(e[m]) > eps * largest { m += 1 }
            var iterations = 0
            while m > l, abs(e[l]) > eps * largest {
                iterations += 1
                guard iterations <= 64 else { throw Failure.noConvergence }
                if iterations % 8 == 0 { try checkInterrupt() }
                var g = d[l]
                var p = (d[l + 1] - g) / (2 * e[l])
                var r = hypot(p, 1)
                if p < 0 { r = -r }
                d[l] = e[l] / (p + r)
                d[l + 1] = e[l] * (p + r)
                let dl1 = d[l + 1]
                var h = g - d[l]
                if l + 2 < n { for i in (l + 2)..<n { d[i] -= h } }
                f += h
                p = d[m]
                var c = 1.0, c2 = 1.0, c3 = 1.0, s = 0.0, s2 = 0.0
                let el1 = e[l + 1]
                for i in stride(from: m - 1, through: l, by: -1) {
                    c3 = c2; c2 = c; s2 = s
                    g = c * e[i]
                    h = c * p
                    r = hypot(p, e[i])
                    e[i + 1] = s * r
                    s = e[i] / r
                    c = p / r
                    p = c * d[i] - s * g
                    d[i + 1] = h + s * (c * g + s * d[i])
                    w.withUnsafeMutableBufferPointer { rows in
                        let a = i * n, b = (i + 1) * n
                        for k in 0..<n {
                            let next = rows[b + k]
                            rows[b + k] = s * rows[a + k] + c * next
                            rows[a + k] = c * rows[a + k] - s * next
                        }
                    }
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1
                e[l] = s * p
                d[l] = c * p
            }
            d[l] += f
            e[l] = 0
        }
    }
}
