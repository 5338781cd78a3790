#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numerically stable softmax loops over rows of `width` scalars
/// (the maximum of each row is subtracted before exponentiating).
enum SoftmaxKernels {
    static func softmax(_ x: [Double], width: Int) -> [Double] {
        var out = x
        forEachRow(count: x.count, width: width) { start in
            var top = -Double.infinity
            for i in start..<(start + width) { top = max(top, x[i]) }
            var total = 0.0
            for i in start..<(start + width) {
                out[i] = exp(x[i] - top)
                total += out[i]
            }
            for i in start..<(start + width) { out[i] /= total }
        }
        return out
    }

    static func logSoftmax(_ x: [Double], width: Int) -> [Double] {
        var out = x
        forEachRow(count: x.count, width: width) { start in
            let normaliser = logSumExp(x, start: start, width: width)
            for i in start..<(start + width) { out[i] = x[i] - normaliser }
        }
        return out
    }

    /// dx = y · (g − Σ g·y) per row.
    static func softmaxBackward(y: [Double], upstream g: [Double], width: Int) -> [Double] {
        var out = g
        forEachRow(count: y.count, width: width) { start in
            var dot = 0.0
            for i in start..<(start + width) { dot += g[i] * y[i] }
            for i in start..<(start + width) { out[i] = y[i] * (g[i] - dot) }
        }
        return out
    }

    /// dx = g − softmax · Σ g per row.
    static func logSoftmaxBackward(logY: [Double], upstream g: [Double], width: Int) -> [Double] {
        var out = g
        forEachRow(count: logY.count, width: width) { start in
            var total = 0.0
            for i in start..<(start + width) { total += g[i] }
            for i in start..<(start + width) { out[i] = g[i] - exp(logY[i]) * total }
        }
        return out
    }

    /// The mean cross-entropy of rows against class indices, and the row
    /// softmax, in one pass per row: loss = log Σ exp(x − max) − (x[label] − max).
    static func crossEntropy(_ logits: [Double], labels: [Int], width: Int) -> (Double, [Double]) {
        var probabilities = logits
        var total = 0.0
        for (row, label) in labels.enumerated() {
            let start = row * width
            var top = -Double.infinity
            for i in start..<(start + width) { top = max(top, logits[i]) }
            var sum = 0.0
            for i in start..<(start + width) {
                probabilities[i] = exp(logits[i] - top)
                sum += probabilities[i]
            }
            for i in start..<(start + width) { probabilities[i] /= sum }
            total += log(sum) - (logits[start + label] - top)
        }
        return (total / Double(max(labels.count, 1)), probabilities)
    }

    static func logSumExp(_ x: [Double], start: Int, width: Int) -> Double {
        var top = -Double.infinity
        for i in start..<(start + width) { top = max(top, x[i]) }
        guard top.isFinite else { return top }
        var total = 0.0
        for i in start..<(start + width) { total += exp(x[i] - top) }
        return top + log(total)
    }

    private static func forEachRow(count: Int, width: Int, _ body: (Int) -> Void) {
        guard width > 0 else { return }
        var start = 0
        while start < count {
            body(start)
            start += width
        }
    }
}
