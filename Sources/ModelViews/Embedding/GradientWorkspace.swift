import Learn
import Platform

/// t-SNE's gradient at a layout, 4·(scale·attraction − repulsion / Z) for each coordinate, with
/// its working memory allocated once for every iteration of a run.
///
/// Each evaluation copies the layout to single precision and runs one round of tasks on the cores.
/// A task takes every `tasks`-th point: first their repulsion — exact, from the points after each,
/// each pair computed once and the other point's share added to the task's own array
/// (`CauchyKernel.triangle`), or Barnes–Hut from a quadtree — then their attraction over their rows
/// of affinities (`CauchyKernel.attraction`, gathering from an interleaved copy of the layout; the
/// two loops apart keep each one's data in the level-1 cache). The tasks' arrays are then summed
/// in a fixed order, so the gradient does not depend on how many cores ran them.
final class GradientWorkspace {
    static let tasks = 8

    let count: Int
    /// `count` rounded up to the kernels' padding.
    let padded: Int
    /// The layout in single precision, padded with points so far away that they add nothing.
    private let xs: UnsafeMutablePointer<Float>, ys: UnsafeMutablePointer<Float>
    /// The same layout interleaved (x₀, y₀, x₁, y₁, …), for the attraction's gathers.
    private let interleaved: UnsafeMutablePointer<Float>
    /// For each task, the other points' share of its pairs, negated (`CauchyKernel.triangle`): `padded`
    /// x forces, then `padded` y forces.
    private let shares: UnsafeMutablePointer<Float>
    /// For each point: the repulsion from its own rows (x, y), then its attraction (x, y).
    private let sums: UnsafeMutablePointer<Double>
    private let partialZ: UnsafeMutablePointer<Double>
    /// The affinities as rows padded to the kernels' padding with entries of value 0 (column: the
    /// point itself), in single precision; row i is `rowStart[i] ..< rowEnd[i]`. A task's rows are
    /// stored one after the other, so that each task reads one stretch of memory in order.
    private let rowStart: [Int], rowEnd: [Int], columns: [Int32], values: [Float]

    /// For `affinities`' points, or for `points` points with no attraction.
    init(_ affinities: Affinities?, points: Int) {
        count = affinities?.count ?? points
        let block = PairKernels.cauchyPadding, rowBlock = PairKernels.cauchyRowPadding
        padded = (count + block - 1) / block * block
        xs = .allocate(capacity: padded); ys = .allocate(capacity: padded)
        xs.initialize(repeating: 1e12, count: padded); ys.initialize(repeating: 1e12, count: padded)
        interleaved = .allocate(capacity: 2 * count)
        interleaved.initialize(repeating: 0, count: 2 * count)
        shares = .allocate(capacity: Self.tasks * 2 * padded)
        shares.initialize(repeating: 0, count: Self.tasks * 2 * padded)
        sums = .allocate(capacity: 4 * count)
        sums.initialize(repeating: 0, count: 4 * count)
        partialZ = .allocate(capacity: Self.tasks)
        partialZ.initialize(repeating: 0, count: Self.tasks)
        var rowStart = [Int](repeating: 0, count: count), rowEnd = rowStart, columns: [Int32] = [], values: [Float] = []
        if let p = affinities {
            for task in 0..<Self.tasks {
                for i in stride(from: task, to: count, by: Self.tasks) {
                    rowStart[i] = columns.count
                    for k in p.rowStart[i]..<p.rowStart[i + 1] {
                        columns.append(p.columns[k]); values.append(Float(p.values[k]))
                    }
                    while (columns.count - rowStart[i]) % rowBlock != 0 { columns.append(Int32(i)); values.append(0) }
                    rowEnd[i] = columns.count
                }
            }
        }
        (self.rowStart, self.rowEnd, self.columns, self.values) = (rowStart, rowEnd, columns, values)
    }

    deinit {
        xs.deallocate(); ys.deallocate(); interleaved.deallocate(); shares.deallocate(); sums.deallocate(); partialZ.deallocate()
    }

    /// Fills `gradient` (2 per point) for the layout `y` with the affinities multiplied by `scale`
    /// and returns Z; `tree`: Barnes–Hut's quadtree of `y` (nil: exact repulsion, and the same Z
    /// as `exactRepulsion`).
    @discardableResult
    func gradient(_ y: UnsafeBufferPointer<Double>, into gradient: UnsafeMutableBufferPointer<Double>, scale: Double,
                  tree: QuadTree?, theta: Double) -> Double {
        let z = evaluate(y, tree: tree, theta: theta, attraction: true)
        let inverseZ = 1 / Swift.max(z, Double.leastNormalMagnitude)
        for i in 0..<count {
            let (rx, ry) = repulsion(i, exact: tree == nil)
            gradient[2 * i] = 4 * (scale * sums[4 * i + 2] - rx * inverseZ)
            gradient[2 * i + 1] = 4 * (scale * sums[4 * i + 3] - ry * inverseZ)
        }
        return z
    }

    /// Fills `force` (2 per point) with each point's exact Σⱼ qᵢⱼ²·(yᵢ − yⱼ) and returns
    /// Z = Σᵢ≠ⱼ qᵢⱼ.
    func exactRepulsion(_ y: UnsafeBufferPointer<Double>, into force: UnsafeMutableBufferPointer<Double>) -> Double {
        let z = evaluate(y, tree: nil, theta: 0, attraction: false)
        for i in 0..<count {
            (force[2 * i], force[2 * i + 1]) = repulsion(i, exact: true)
        }
        return z
    }

    /// Point i's repulsion: its own sums and, when exact, every task's share for it in task order.
    private func repulsion(_ i: Int, exact: Bool) -> (Double, Double) {
        var x = sums[4 * i], y = sums[4 * i + 1]
        if exact {
            for task in 0..<Self.tasks {
                x -= Double(shares[task * 2 * padded + i]); y -= Double(shares[task * 2 * padded + padded + i])
            }
        }
        return (x, y)
    }

    /// Runs the tasks over `y`; returns Z.
    private func evaluate(_ y: UnsafeBufferPointer<Double>, tree: QuadTree?, theta: Double, attraction: Bool) -> Double {
        for i in 0..<count {
            xs[i] = Float(y[2 * i]); ys[i] = Float(y[2 * i + 1])
            interleaved[2 * i] = xs[i]; interleaved[2 * i + 1] = ys[i]
        }
        let attraction = attraction && !columns.isEmpty
        rowStart.withUnsafeBufferPointer { rowStart in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    Parallel.forEach(Self.tasks) { task in
                        let shareX = shares + task * 2 * padded, shareY = shareX + padded
                        var stack: [Int32] = []
                        if tree == nil { shareX.update(repeating: 0, count: 2 * padded) } else { stack.reserveCapacity(256) }
                        var z = 0.0
                        if let tree {
                            for i in stride(from: task, to: count, by: Self.tasks) {
                                let r = tree.repulsion(at: y[2 * i], y[2 * i + 1], theta2: theta * theta, stack: &stack)
                                sums[4 * i] = r.x; sums[4 * i + 1] = r.y
                                z += r.z
                            }
                        } else {
                            // The task's points two at a time: i and the next one, i + tasks.
                            for i in stride(from: task, to: count, by: 2 * Self.tasks) {
                                let k = i + Self.tasks < count ? i + Self.tasks : nil
                                let (first, second) = PairKernels.cauchyTriangle(i, k, xs: xs, ys: ys, count: padded,
                                                                                 forceX: shareX, forceY: shareY)
                                sums[4 * i] = first.x; sums[4 * i + 1] = first.y
                                z += first.z
                                guard let k else { continue }
                                sums[4 * k] = second.x; sums[4 * k + 1] = second.y
                                z += second.z
                            }
                        }
                        for i in stride(from: task, to: count, by: Self.tasks) {
                            guard attraction, let columnBase = columns.baseAddress, let valueBase = values.baseAddress else { break }
                            let a = PairKernels.cauchyAttraction(xs[i], ys[i], points: interleaved, columns: columnBase + rowStart[i],
                                                                 values: valueBase + rowStart[i], count: rowEnd[i] - rowStart[i])
                            sums[4 * i + 2] = a.x; sums[4 * i + 3] = a.y
                        }
                        partialZ[task] = z
                    }
                }
            }
        }
        var z = 0.0
        for task in 0..<Self.tasks { z += partialZ[task] }
        return tree == nil ? 2 * z : z
    }
}
