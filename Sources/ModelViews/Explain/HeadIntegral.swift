#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ∫ ∇head(y₀ + s·d) ds over a segment of a straight line through the head's inputs, by
/// Gauss–Legendre quadrature: 8- and 16-point rules compared, the segment halved where they
/// disagree, until they agree to rounding (the head is smooth along a line, so this converges
/// fast: a few evaluations of a softmax per segment).
enum HeadIntegral {
    static let rule8 = GaussLegendre(points: 8)
    static let rule16 = GaussLegendre(points: 16)
    /// Past this many segments the finer estimate is taken as it is (a head this steep along
    /// one line does not occur in practice; the completeness gap then shows it).
    static let maxSegments = 4096

    static func along(_ head: OutputHead, start: [Double], direction: [Double], length: Double, target: Int) -> [Double] {
        var total = [Double](repeating: 0, count: start.count)
        guard length > 0 else { return total }
        var pending: [(from: Double, to: Double)] = [(0, length)]
        var y = start, scratch = start
        var segments = 0
        while let (a, b) = pending.popLast() {
            segments += 1
            let coarse = integrate(head, rule8, a, b, start, direction, target, &y, &scratch)
            let fine = integrate(head, rule16, a, b, start, direction, target, &y, &scratch)
            var difference = 0.0, size = 0.0
            for j in fine.indices { difference = Swift.max(difference, abs(fine[j] - coarse[j])); size = Swift.max(size, abs(fine[j])) }
            if difference <= 1e-14 * (b - a) + 1e-13 * size || segments >= maxSegments {
                for j in fine.indices { total[j] += fine[j] }
            } else {
                let middle = (a + b) / 2
                pending.append((a, middle))
                pending.append((middle, b))
            }
        }
        return total
    }

    private static func integrate(_ head: OutputHead, _ rule: GaussLegendre, _ a: Double, _ b: Double, _ start: [Double],
                                  _ direction: [Double], _ target: Int, _ y: inout [Double], _ scratch: inout [Double]) -> [Double] {
        var sum = [Double](repeating: 0, count: start.count)
        let half = (b - a) / 2, center = (a + b) / 2
        for (node, weight) in zip(rule.nodes, rule.weights) {
            let s = center + half * node
            for j in y.indices { y[j] = start[j] + s * direction[j] }
            y.withUnsafeBufferPointer { values in
                sum.withUnsafeMutableBufferPointer { gradient in
                    scratch.withUnsafeMutableBufferPointer { space in
                        head.addGradient(values, target: target, weight: weight * half, into: gradient, scratch: space)
                    }
                }
            }
        }
        return sum
    }
}

/// The nodes and weights of the n-point Gauss–Legendre rule on [-1, 1], n ≥ 2 (Newton's method
/// on the Legendre polynomial from the usual first guesses).
struct GaussLegendre: Sendable {
    let nodes: [Double]
    let weights: [Double]

    init(points n: Int) {
        var nodes: [Double] = [], weights: [Double] = []
        for i in 1...n {
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p0 = 1.0, p1 = x
                for k in 2...n {
                    let p2 = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                    p0 = p1; p1 = p2
                }
                derivative = Double(n) * (x * p1 - p0) / (x * x - 1)
                let step = p1 / derivative
                x -= step
                if abs(step) < 1e-16 { break }
            }
            nodes.append(x)
            weights.append(2 / ((1 - x * x) * derivative * derivative))
        }
        self.nodes = nodes; self.weights = weights
    }
}
