#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Learn

/// A classifier's class probabilities for a batch: the output read as
/// probabilities when the last layer already is softmax (or sigmoid with one
/// output), else passed through softmax (one logit: sigmoid, two classes).
struct ClassProbabilities {
    /// Row-major `[rows, classes]`.
    let values: [Double]
    let rows: Int
    let classes: Int

    init(model: Sequential, features: Tensor, view: String) throws {
        let output: Tensor
        do { output = try model.inferenceOutputs(features) } catch {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "could not run on the data: \(error)")
        }
        guard output.rank == 2, output.shape[1] >= 1 else {
            throw ModelViewError.unsuitable(view: view, argument: "model",
                                            reason: "must output [examples, classes], got shape \(output.shape)")
        }
        let last = (model.layers.last as? Dense)?.activation.name
        let n = output.shape[0], k = output.shape[1]
        let x = output.scalars
        if k == 1 {
            var out = [Double](repeating: 0, count: 2 * n)
            for i in 0..<n {
                let p = last == "sigmoid" ? x[i] : 1 / (1 + exp(-x[i]))
                out[2 * i] = 1 - p; out[2 * i + 1] = p
            }
            self.init(values: out, rows: n, classes: 2)
            return
        }
        guard last != "softmax" else { self.init(values: x, rows: n, classes: k); return }
        var out = [Double](repeating: 0, count: n * k)
        for i in 0..<n {
            var top = -Double.infinity
            for j in 0..<k { top = Swift.max(top, x[i * k + j]) }
            var sum = 0.0
            for j in 0..<k { let e = exp(x[i * k + j] - top); out[i * k + j] = e; sum += e }
            for j in 0..<k { out[i * k + j] /= sum }
        }
        self.init(values: out, rows: n, classes: k)
    }

    private init(values: [Double], rows: Int, classes: Int) {
        self.values = values; self.rows = rows; self.classes = classes
    }

    /// The most likely class of row `i` and its probability (NaN rows give class 0, probability 0).
    func predicted(_ i: Int) -> (index: Int, probability: Double) {
        var best = 0, p = -Double.infinity
        for j in 0..<classes where values[i * classes + j] > p { best = j; p = values[i * classes + j] }
        return p.isFinite ? (best, p) : (0, 0)
    }
}

/// Checks shared by the views that take a model and a classification dataset.
enum ClassData {
    /// Class labels as indices, with their names; throws for regression data.
    static func labels(_ data: Dataset, view: String) throws -> (indices: [Int], names: [String]) {
        guard data.count > 0 else {
            throw ModelViewError.empty(view: view, argument: "data", expected: "at least one example")
        }
        let labels = data.labels.scalars
        guard labels.allSatisfy({ $0.isFinite && $0 >= 0 && $0 == $0.rounded() && $0 < 10_000 }) else {
            throw ModelViewError.unsuitable(view: view, argument: "data",
                                            reason: "has labels that are not class indices (a regression dataset?); this view needs classes")
        }
        let indices = labels.map { Int($0) }
        let count = Swift.max(data.classNames.count, (indices.max() ?? 0) + 1)
        let names = (0..<count).map { $0 < data.classNames.count ? data.classNames[$0] : "class \($0)" }
        return (indices, names)
    }
}
