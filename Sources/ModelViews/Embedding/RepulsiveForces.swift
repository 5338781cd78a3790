import Learn
import Platform

/// t-SNE's repulsion: for each point Σⱼ qᵢⱼ²(yᵢ − yⱼ) with qᵢⱼ = 1 / (1 + |yᵢ − yⱼ|²) unnormalised,
/// and Z = Σᵢ≠ⱼ qᵢⱼ. `exact` sums every pair; `barnesHut` sums far cells of a quadtree as one
/// point at their centre of mass (van der Maaten 2014, θ = 0.5 as scikit-learn). Work is split
/// in a fixed number of tasks, so the sums are the same on any machine. (An optimisation's
/// iterations evaluate both with the attraction in one `GradientWorkspace`.)
enum RepulsiveForces {
    static let tasks = 8

    /// Fills `force` (2 per point) and returns Z: every pair once, in single precision on the
    /// widest vectors the CPU has (`GradientWorkspace`), each point's sums widened to Double.
    static func exact(_ y: UnsafeBufferPointer<Double>, _ force: UnsafeMutableBufferPointer<Double>) -> Double {
        GradientWorkspace(nil, points: y.count / 2).exactRepulsion(y, into: force)
    }

    static func barnesHut(_ y: UnsafeBufferPointer<Double>, _ force: UnsafeMutableBufferPointer<Double>, theta: Double) -> Double {
        let tree = QuadTree(y)
        let n = y.count / 2
        var partial = [Double](repeating: 0, count: tasks)
        partial.withUnsafeMutableBufferPointer { partial in
            Parallel.forEach(tasks) { task in
                var z = 0.0
                var stack: [Int32] = []
                stack.reserveCapacity(256)
                for i in stride(from: task, to: n, by: tasks) {
                    let f = tree.repulsion(at: y[2 * i], y[2 * i + 1], theta2: theta * theta, stack: &stack)
                    force[2 * i] = f.x; force[2 * i + 1] = f.y
                    z += f.z
                }
                partial[task] = z
            }
        }
        return partial.reduce(0, +)
    }
}

/// A quadtree of 2-D points with each cell's centre of mass and count, in flat arrays (the four
/// children of a cell are consecutive). Coincident points share a leaf.
struct QuadTree {
    var centerX: [Double] = [], centerY: [Double] = []
    var sumX: [Double] = [], sumY: [Double] = []
    var count: [Int32] = []
    var halfWidth: [Double] = []
    /// Index of the first of four children, or -1 for a leaf.
    var firstChild: [Int32] = []
    /// For a leaf holding points: one of them and where it is (the rest coincide with it, or share
    /// a leaf at the deepest level).
    var point: [Int32] = []
    var pointX: [Double] = [], pointY: [Double] = []

    static let maxDepth = 48

    init(_ y: UnsafeBufferPointer<Double>) {
        let n = y.count / 2
        var lo = (Double.infinity, Double.infinity), hi = (-Double.infinity, -Double.infinity)
        for i in 0..<n {
            lo = (Swift.min(lo.0, y[2 * i]), Swift.min(lo.1, y[2 * i + 1]))
            hi = (Swift.max(hi.0, y[2 * i]), Swift.max(hi.1, y[2 * i + 1]))
        }
        let half = Swift.max(hi.0 - lo.0, hi.1 - lo.1, 1e-12) / 2 * (1 + 1e-9)
        reserve(4 * n)
        addNode(center: ((lo.0 + hi.0) / 2, (lo.1 + hi.1) / 2), half: half)
        for i in 0..<n { insert(Int32(i), y[2 * i], y[2 * i + 1], into: 0, depth: 0) }
    }

    private mutating func reserve(_ capacity: Int) {
        centerX.reserveCapacity(capacity); centerY.reserveCapacity(capacity); sumX.reserveCapacity(capacity)
        sumY.reserveCapacity(capacity); count.reserveCapacity(capacity); halfWidth.reserveCapacity(capacity)
        firstChild.reserveCapacity(capacity); point.reserveCapacity(capacity)
        pointX.reserveCapacity(capacity); pointY.reserveCapacity(capacity)
    }

    private mutating func addNode(center: (Double, Double), half: Double) {
        centerX.append(center.0); centerY.append(center.1); sumX.append(0); sumY.append(0)
        count.append(0); halfWidth.append(half); firstChild.append(-1); point.append(-1)
        pointX.append(0); pointY.append(0)
    }

    private func quadrant(_ node: Int, _ x: Double, _ y: Double) -> Int {
        (x >= centerX[node] ? 1 : 0) + (y >= centerY[node] ? 2 : 0)
    }

    private mutating func split(_ node: Int) {
        let half = halfWidth[node] / 2
        firstChild[node] = Int32(count.count)
        for q in 0..<4 {
            addNode(center: (centerX[node] + (q & 1 == 1 ? half : -half), centerY[node] + (q & 2 == 2 ? half : -half)), half: half)
        }
    }

    private mutating func insert(_ index: Int32, _ x: Double, _ y: Double, into root: Int, depth: Int) {
        var node = root, level = depth
        while true {
            sumX[node] += x; sumY[node] += y; count[node] += 1
            if firstChild[node] < 0 {
                let resident = point[node]
                if resident < 0 { point[node] = index; pointX[node] = x; pointY[node] = y; return }
                let rx = pointX[node], ry = pointY[node]
                if (rx == x && ry == y) || level >= Self.maxDepth { return }
                split(node)
                point[node] = -1
                let child = Int(firstChild[node]) + quadrant(node, rx, ry)
                sumX[child] = sumX[node] - x; sumY[child] = sumY[node] - y; count[child] = count[node] - 1
                point[child] = resident; pointX[child] = rx; pointY[child] = ry
            }
            node = Int(firstChild[node]) + quadrant(node, x, y)
            level += 1
        }
    }

    /// Σ over the other points of q²·(p − yⱼ) and Σ q, cells far enough (width/distance < θ)
    /// taken whole at their centre of mass; the point's own leaf adds q = 1 for each point that
    /// coincides with it and no force.
    func repulsion(at px: Double, _ py: Double, theta2: Double, stack: inout [Int32]) -> (x: Double, y: Double, z: Double) {
        var fx = 0.0, fy = 0.0, z = 0.0
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        while let top = stack.popLast() {
            let node = Int(top)
            let m = Double(count[node])
            guard m > 0 else { continue }
            let leaf = firstChild[node] < 0
            let dx = px - (leaf ? pointX[node] : sumX[node] / m), dy = py - (leaf ? pointY[node] : sumY[node] / m)
            let d2 = dx * dx + dy * dy
            let width = 2 * halfWidth[node]
            if leaf || width * width < theta2 * d2 {
                guard d2 > 0 else { z += m - 1; continue }
                let q = 1 / (1 + d2)
                z += m * q
                let mq2 = m * q * q
                fx += mq2 * dx; fy += mq2 * dy
            } else {
                let first = firstChild[node]
                stack.append(first); stack.append(first + 1); stack.append(first + 2); stack.append(first + 3)
            }
        }
        return (fx, fy, z)
    }
}
