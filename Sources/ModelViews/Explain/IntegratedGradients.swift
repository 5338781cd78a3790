import Learn

/// Integrated gradients (Sundararajan, Taly & Yan 2017) of a model on a dataset: for each example,
/// how much each feature moved the explained output — the probability of the example's predicted
/// class (regression: the output) — between a baseline and the example. Networks of Dense layers
/// with piecewise-linear activations take the exact path (`PiecewiseLinearPath`); any other model
/// the tape and quadrature (`PathQuadrature`). Either way each row's attributions add up to
/// f(x) − f(baseline), and the largest gap is kept to show.
public struct IntegratedGradients: Sendable {
    /// The point the path starts from.
    public enum Baseline: String, Sendable, CaseIterable {
        /// Every feature 0.
        case zero
        /// Every feature at its mean over the data (shap's reference: the expected input).
        case mean
    }

    /// How the path integral was computed.
    public enum Method: Sendable, Equatable {
        /// Cut at every kink of the ReLU pieces; exact up to rounding.
        case exactPath
        /// Composite Gauss–Legendre quadrature with this many panels of 8 nodes.
        case quadrature(panels: Int)
    }

    /// `[examples][features]` (features flattened row-major for images).
    public let attributions: [[Double]]
    /// The explained output at each example and at the baseline.
    public let outputs: [Double]
    public let baselineOutputs: [Double]
    /// Each example's explained class (nil for regression).
    public let targets: [Int]?
    public let baselinePoint: [Double]
    public let method: Method
    /// The largest |Σ attributions − (f(x) − f(baseline))| over the examples.
    public let completenessGap: Double

    static let view = "Attributions"

    public init(model: Sequential, data: Dataset, baseline: Baseline = .mean,
                checkInterrupt: () throws -> Void = {}) throws {
        guard data.count > 0 else {
            throw ModelViewError.empty(view: Self.view, argument: "data", expected: "at least one example")
        }
        if let inputs = model.inputFeatures, data.features.rank == 2, inputs != data.featureCount {
            throw ModelViewError.featureCount(view: Self.view, argument: "data", expected: inputs, actual: data.featureCount)
        }
        let classification = !data.classNames.isEmpty || Self.isClassIndices(data.labels.scalars)
        let p = try classification ? ClassData.probabilities(model, data.features, for: data, view: Self.view) : nil
        let width = p.map { $0.classes == 2 && Self.outputWidth(model) == 1 ? 1 : $0.classes } ?? Self.outputWidth(model)
        guard p != nil || width == 1 else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "model",
                                            reason: "has \(width) outputs for regression data; attributions explain one output")
        }
        let targets = p?.predictedClasses ?? [Int](repeating: 0, count: data.count)
        let (head, onPreActivation) = OutputHead.of(model, outputs: width, classification: classification)
        let rows = data.count, features = data.features.scalarCount / rows
        let x = data.features.scalars
        let base = baseline == .zero ? [Double](repeating: 0, count: features)
            : (0..<features).map { j in stride(from: j, to: x.count, by: features).reduce(0) { $0 + x[$1] } / Double(rows) }
        var result: (attributions: [[Double]], fx: [Double], fb: [Double])?
        var method = Method.exactPath
        if let path = PiecewiseLinearPath(model: model, head: head, headOnPreActivation: onPreActivation), path.width == features {
            var rowsDone: [[Double]] = [], fx: [Double] = [], fb: [Double] = []
            for r in 0..<rows {
                if r % 64 == 0 { try checkInterrupt() }
                guard let one = path.attribute(x: Array(x[(r * features)..<((r + 1) * features)]), baseline: base, target: targets[r]) else { break }
                rowsDone.append(one.attributions); fx.append(one.fx); fb.append(one.fb)
            }
            if rowsDone.count == rows { result = (rowsDone, fx, fb) }
        }
        if result == nil {
            let quadrature = try PathQuadrature(model: model, head: head, headOnPreActivation: onPreActivation)
            let found = try quadrature.attribute(inputs: data.features, baseline: base, targets: targets, checkInterrupt: checkInterrupt)
            result = (found.attributions, found.fx, found.fb)
            method = .quadrature(panels: found.panels)
        }
        guard let result else { throw ModelViewError.empty(view: Self.view, argument: "data", expected: "at least one example") }
        attributions = result.attributions
        outputs = result.fx
        baselineOutputs = result.fb
        self.targets = classification ? targets : nil
        baselinePoint = base
        self.method = method
        completenessGap = zip(result.attributions, zip(result.fx, result.fb))
            .map { abs($0.reduce(0, +) - ($1.0 - $1.1)) }.max() ?? 0
    }

    private static func outputWidth(_ model: Sequential) -> Int {
        (model.layers.last as? Dense)?.outputSize ?? 1
    }

    private static func isClassIndices(_ labels: [Double]) -> Bool {
        labels.allSatisfy { $0 >= 0 && $0 == $0.rounded() && $0 < 10_000 }
    }
}
