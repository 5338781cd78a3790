#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Learn
import Platform

/// t-SNE's input similarities: for each point a Gaussian over its neighbours whose width is
/// found by bisection so that its perplexity is the one asked (scikit-learn's
/// `_binary_search_perplexity` on squared distances, tolerance 1e-5), then symmetrised and
/// normalised to sum to 1, stored sparse (row i's neighbours and p_ij).
struct Affinities {
    let rowStart: [Int]
    let columns: [Int32]
    let values: [Double]

    var count: Int { rowStart.count - 1 }

    /// When every point is a neighbour, each point keeps its largest conditional probabilities
    /// and drops the smallest ones as long as together they add up to at most this (out of 1).
    static let negligibleMass = 1e-6

    /// `neighbours`: how many nearest points each Gaussian covers (nil: all other points).
    init(_ x: [Double], rows n: Int, columns d: Int, perplexity: Double, neighbours: Int?,
         checkInterrupt: () throws -> Void) throws {
        let k = Swift.min(n - 1, neighbours ?? (n - 1))
        var conditional: [(row: Int32, column: Int32, value: Double)] = []
        conditional.reserveCapacity(n * Swift.min(k, 128))
        let block = 256
        let data = try Tensor(shape: [n, d], scalars: x)
        let transposed = data.transposed()
        var norms = [Double](repeating: 0, count: n)
        for i in 0..<n { for c in 0..<d { norms[i] += x[i * d + c] * x[i * d + c] } }
        var start = 0
        while start < n {
            try checkInterrupt()
            let end = Swift.min(n, start + block)
            let rows = try data.gathering(rows: Array(start..<end))
            let dots = try matmul(rows, transposed).scalars
            let count = end - start
            var found = [[(Int32, Double)]](repeating: [], count: count)
            found.withUnsafeMutableBufferPointer { found in
                Parallel.forEach(8) { task in
                    for r in stride(from: task, to: count, by: 8) {
                        found[r] = Self.row(start + r, dots: dots[(r * n)..<((r + 1) * n)], norms: norms, neighbours: k,
                                            perplexity: perplexity)
                    }
                }
            }
            for (r, row) in found.enumerated() {
                for (j, value) in row { conditional.append((Int32(start + r), j, value)) }
            }
            start = end
        }
        try checkInterrupt()
        (rowStart, columns, values) = Self.symmetrised(conditional, n: n)
    }

    /// Point i's conditional probabilities over its `k` nearest points (all others when k = n − 1,
    /// keeping the largest ones that hold all but `negligibleMass`), from its dot products with
    /// every point.
    static func row(_ i: Int, dots: ArraySlice<Double>, norms: [Double], neighbours k: Int, perplexity: Double) -> [(Int32, Double)] {
        let n = norms.count
        var distances = [(index: Int32, distance: Double)]()
        distances.reserveCapacity(n - 1)
        let base = dots.startIndex
        for j in 0..<n where j != i {
            distances.append((Int32(j), Swift.max(0, norms[i] + norms[j] - 2 * dots[base + j])))
        }
        if k < n - 1 { keepNearest(&distances, k) }
        distances.sort { $0.distance < $1.distance }
        let p = calibrated(distances.map(\.distance), perplexity: perplexity)
        var kept = p.count
        if k == n - 1 {
            var dropped = 0.0
            while kept > 1, dropped + p[kept - 1] <= negligibleMass { dropped += p[kept - 1]; kept -= 1 }
        }
        return (0..<kept).map { (distances[$0].index, p[$0]) }
    }

    /// The `k` smallest distances, in no particular order (quickselect, linear on average).
    static func keepNearest(_ items: inout [(index: Int32, distance: Double)], _ k: Int) {
        var lo = 0, hi = items.count - 1
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while lo < hi {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pivot = items[lo + Int((state >> 33) % UInt64(hi - lo + 1))].distance
            var i = lo, j = hi
            while i <= j {
                while items[i].distance < pivot { i += 1 }
                while items[j].distance > pivot { j -= 1 }
                if i <= j { items.swapAt(i, j); i += 1; j -= 1 }
            }
            if k - 1 <= j { hi = j } else if k - 1 >= i { lo = i } else { break }
        }
        items.removeLast(items.count - k)
    }

    /// One point's conditional probabilities over its neighbours' squared distances (ascending):
    /// the Gaussian's precision β found by bisection until its entropy is log(perplexity) within
    /// 1e-5. The weights are taken relative to the nearest neighbour, and each step sums only
    /// the neighbours whose weight is above e⁻⁴⁰ of the nearest one's.
    static func calibrated(_ distances: [Double], perplexity: Double) -> [Double] {
        guard let nearest = distances.first else { return [] }
        let desired = log(perplexity)
        var beta = 1.0, low = -Double.infinity, high = Double.infinity
        var p = [Double](repeating: 0, count: distances.count)
        var used = distances.count
        for _ in 0..<100 {
            var sum = 0.0, weighted = 0.0
            used = 0
            for d in distances {
                let exponent = beta * (d - nearest)
                if exponent > 40 { break }
                let w = exp(-exponent)
                p[used] = w; sum += w; weighted += w * (d - nearest)
                used += 1
            }
            let entropy = log(sum) + beta * weighted / sum
            let difference = entropy - desired
            if abs(difference) <= 1e-5 { break }
            if difference > 0 {
                low = beta
                beta = high == .infinity ? beta * 2 : (beta + high) / 2
            } else {
                high = beta
                beta = low == -.infinity ? beta / 2 : (beta + low) / 2
            }
        }
        var sum = 0.0
        for j in 0..<used { sum += p[j] }
        for j in 0..<used { p[j] /= sum }
        for j in used..<p.count { p[j] = 0 }
        return p
    }

    /// (P + Pᵀ) / sum, as rows of (column, value) sorted by column. The entries and their transposes
    /// are placed by row (a counting sort), then each row is sorted by column.
    static func symmetrised(_ entries: [(row: Int32, column: Int32, value: Double)], n: Int) -> ([Int], [Int32], [Double]) {
        var next = [Int](repeating: 0, count: n + 1)
        for e in entries { next[Int(e.row) + 1] += 1; next[Int(e.column) + 1] += 1 }
        for i in 0..<n { next[i + 1] += next[i] }
        let start = next
        var all = [(column: Int32, value: Double)](repeating: (0, 0), count: 2 * entries.count)
        for e in entries { all[next[Int(e.row)]] = (e.column, e.value); next[Int(e.row)] += 1 }
        for e in entries { all[next[Int(e.column)]] = (e.row, e.value); next[Int(e.column)] += 1 }
        var rowStart = [0], columns: [Int32] = [], values: [Double] = []
        rowStart.reserveCapacity(n + 1); columns.reserveCapacity(all.count); values.reserveCapacity(all.count)
        var total = 0.0
        for row in 0..<n {
            all[start[row]..<start[row + 1]].sort { $0.column < $1.column }
            var index = start[row]
            while index < start[row + 1] {
                let column = all[index].column
                var value = 0.0
                while index < start[row + 1], all[index].column == column { value += all[index].value; index += 1 }
                columns.append(column); values.append(value); total += value
            }
            rowStart.append(columns.count)
        }
        let scale = 1 / Swift.max(total, Double.ulpOfOne)
        return (rowStart, columns, values.map { $0 * scale })
    }
}
