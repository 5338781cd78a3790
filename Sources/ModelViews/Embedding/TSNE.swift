#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// t-SNE (van der Maaten & Hinton 2008) as scikit-learn runs it by default: perplexity 30,
/// initialised from the first two principal components scaled to standard deviation 1e-4,
/// 250 iterations with the affinities exaggerated 12× and momentum 0.5, then 750 with momentum
/// 0.8, gains (+0.2 / ×0.8, at least 0.01), learning rate max(n / 48, 50). The affinities cover
/// each point's 3 × perplexity nearest neighbours (as scikit-learn's default method); up to
/// `exactLimit` points every pair's repulsion is computed exactly (`GradientWorkspace`), beyond it
/// is Barnes–Hut (θ = 0.5).
/// Deterministic: the same data gives the same embedding on any number of cores (the vector
/// kernels' builds for different CPUs may round differently).
public struct TSNE: Sendable {
    public enum Method: String, Sendable { case exact, barnesHut }

    public var perplexity = 30.0
    public var iterations = 1000
    public var exaggeration = 12.0
    public var exaggerationIterations = 250
    public var theta = 0.5
    /// Up to this many points the exact method is used.
    public static let exactLimit = 2000

    public init(perplexity: Double = 30) { self.perplexity = perplexity }

    /// What a run found: the points, the method and the final KL divergence.
    public struct Result: Sendable {
        public let points: [Double]
        public let method: Method
        public let klDivergence: Double
        public let iterations: Int
    }

    /// The embedding of `x` (`rows × columns`), starting from `start` (2 per row: the principal
    /// components); `method` nil chooses by size.
    public func embed(_ x: [Double], rows n: Int, columns d: Int, start: [Double], method: Method? = nil,
                      checkInterrupt: () throws -> Void = {}) throws -> Result {
        let method = method ?? (n <= Self.exactLimit ? .exact : .barnesHut)
        let neighbours = Int(3 * perplexity + 1)
        let p = try Affinities(x, rows: n, columns: d, perplexity: Swift.min(perplexity, Double(n - 1) / 3),
                               neighbours: neighbours, checkInterrupt: checkInterrupt)
        let workspace = GradientWorkspace(p, points: n)
        var state = Optimizer(start: start, learningRate: Swift.max(Double(n) / exaggeration / 4, 50))
        var done = 0
        var best = (error: Double.infinity, iteration: 0)
        let pLogP = Self.pLogP(p)
        var checked: (iteration: Int, error: Double)?
        // An exact run's check takes Z from the next iteration's gradient, of the same layout.
        var pending: (iteration: Int, y: [Double])?
        /// Records a check's KL; true when the run stops there (no better KL in 300 iterations).
        func check(_ iteration: Int, _ error: Double) -> Bool {
            checked = (iteration + 1, error)
            if error < best.error { best = (error, iteration) } else if iteration - best.iteration > 300 { return true }
            return false
        }
        for iteration in 0..<iterations {
            if iteration % 10 == 0 { try checkInterrupt() }
            let exaggerated = iteration < exaggerationIterations
            let z = state.evaluate(workspace, scale: exaggerated ? exaggeration : 1, method: method, theta: theta)
            if let due = pending {
                pending = nil
                if check(due.iteration, Self.klDivergence(p, due.y, z: z, pLogP: pLogP)) { break }
            }
            let gradientNorm = state.step(momentum: exaggerated ? 0.5 : 0.8)
            done = iteration + 1
            if gradientNorm < 1e-7 { break }
            if !exaggerated, (iteration + 1) % 50 == 0 {
                if method == .exact, iteration + 1 < iterations {
                    pending = (iteration, state.y)
                } else if check(iteration, Self.klDivergence(p, state.y, workspace, pLogP: pLogP)) {
                    break
                }
            }
        }
        // The last check's KL when it was of the final layout.
        let error = checked.flatMap { $0.iteration == done ? $0.error : nil } ?? Self.klDivergence(p, state.y, workspace, pLogP: pLogP)
        return Result(points: state.y, method: method, klDivergence: error, iterations: done)
    }

    /// KL(P ‖ Q) of an embedding, with Q over every pair, its Z from an exact repulsion pass.
    static func klDivergence(_ p: Affinities, _ y: [Double], _ workspace: GradientWorkspace, pLogP: Double) -> Double {
        var force = [Double](repeating: 0, count: y.count)
        let z = y.withUnsafeBufferPointer { points in
            force.withUnsafeMutableBufferPointer { workspace.exactRepulsion(points, into: $0) }
        }
        return klDivergence(p, y, z: z, pLogP: pLogP)
    }

    /// KL(P ‖ Q) of an embedding whose Z = Σᵢ≠ⱼ qᵢⱼ is `z`: Σ p·log p (`pLogP`, the same for every
    /// layout) − Σ p·log q, each pair once and doubled (P and Q are symmetric), the rows' sums in
    /// `tasks` fixed ranges on the cores, added in order.
    static func klDivergence(_ p: Affinities, _ y: [Double], z: Double, pLogP: Double) -> Double {
        let n = p.count
        let tasks = GradientWorkspace.tasks
        var partial = [Double](repeating: 0, count: tasks)
        partial.withUnsafeMutableBufferPointer { partial in
            Parallel.forEach(tasks) { task in
                var sum = 0.0
                for i in (task * n / tasks)..<((task + 1) * n / tasks) {
                    for k in p.rowStart[i]..<p.rowStart[i + 1] where p.columns[k] > i && p.values[k] > 0 {
                        let j = Int(p.columns[k])
                        let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                        sum += p.values[k] * log(Swift.max(1 / (1 + dx * dx + dy * dy) / z, Double.ulpOfOne))
                    }
                }
                partial[task] = 2 * sum
            }
        }
        return partial.reduce(pLogP, -)
    }

    /// Σ p·log p over the affinities (p below machine epsilon counted as epsilon inside the log).
    static func pLogP(_ p: Affinities) -> Double {
        p.values.reduce(0) { $1 > 0 ? $0 + $1 * log(Swift.max($1, Double.ulpOfOne)) : $0 }
    }

    /// Gradient descent with momentum and per-coordinate gains (scikit-learn's `_gradient_descent`).
    struct Optimizer {
        var y: [Double]
        var update: [Double]
        var gains: [Double]
        var gradient: [Double]
        let learningRate: Double

        init(start: [Double], learningRate: Double) {
            y = start
            update = [Double](repeating: 0, count: start.count)
            gains = [Double](repeating: 1, count: start.count)
            gradient = update
            self.learningRate = learningRate
        }

        /// The gradient at `y` (the affinities multiplied by `scale`); returns Z (exact, or Barnes–Hut's).
        mutating func evaluate(_ workspace: GradientWorkspace, scale: Double, method: Method, theta: Double) -> Double {
            let tree = method == .exact ? nil : y.withUnsafeBufferPointer { QuadTree($0) }
            return y.withUnsafeBufferPointer { points in
                gradient.withUnsafeMutableBufferPointer { workspace.gradient(points, into: $0, scale: scale, tree: tree, theta: theta) }
            }
        }

        /// One step along the gradient `evaluate` found; returns the gradient's norm.
        mutating func step(momentum: Double) -> Double {
            var norm = 0.0
            for k in y.indices {
                let g = gradient[k]
                norm += g * g
                gains[k] = update[k] * g < 0 ? gains[k] + 0.2 : Swift.max(0.01, gains[k] * 0.8)
                update[k] = momentum * update[k] - learningRate * gains[k] * g
                y[k] += update[k]
            }
            return norm.squareRoot()
        }
    }
}
