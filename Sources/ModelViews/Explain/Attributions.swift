import Charts
import Graphics
import Learn

/// `Attributions(model, data)`: integrated gradients per feature, shown as shap's summary plot —
/// on the left the mean |attribution| of each feature as a bar, most important on top; on the
/// right a beeswarm with one dot per example at its attribution, coloured by the feature's value
/// (blue low, red high) — for the `maxFeatures` most important features. The text form lists the
/// top features with bars and says how closely the attributions add up.
public struct Attributions: Chart {
    public var options: ChartOptions
    public let gradients: IntegratedGradients
    public let featureNames: [String]
    /// `[examples][features]`: the values the dots are coloured by.
    public let featureValues: [[Double]]
    public let baseline: IntegratedGradients.Baseline
    /// Each feature's mean |attribution| over the examples.
    public let meanMagnitude: [Double]
    /// Feature indices, largest mean |attribution| first.
    public let ranking: [Int]

    public static let maxFeatures = 20

    public init(_ model: Sequential, _ data: Dataset, baseline: IntegratedGradients.Baseline = .mean, title: String? = nil,
                width: Double? = nil, height: Double? = nil, checkInterrupt: () throws -> Void = {}) throws {
        let gradients = try IntegratedGradients(model: model, data: data, baseline: baseline, checkInterrupt: checkInterrupt)
        let features = data.features.scalarCount / Swift.max(1, data.count)
        let names = data.featureNames.count == features ? data.featureNames : (1...Swift.max(1, features)).map { "x\($0)" }
        let x = data.features.scalars
        try self.init(gradients, featureNames: names,
                      featureValues: (0..<data.count).map { Array(x[($0 * features)..<(($0 + 1) * features)]) },
                      baseline: baseline, title: title, width: width, height: height)
    }

    init(_ gradients: IntegratedGradients, featureNames: [String], featureValues: [[Double]], baseline: IntegratedGradients.Baseline,
         title: String?, width: Double?, height: Double?) throws {
        let count = featureNames.count
        guard count > 0, gradients.attributions.allSatisfy({ $0.count == count }) else {
            throw ModelViewError.unsuitable(view: "Attributions", argument: "data", reason: "has no features to attribute")
        }
        self.gradients = gradients
        self.featureNames = featureNames
        self.featureValues = featureValues
        self.baseline = baseline
        let rows = Double(Swift.max(1, gradients.attributions.count))
        let magnitude = (0..<count).map { j in gradients.attributions.reduce(0) { $0 + abs($1[j]) } / rows }
        meanMagnitude = magnitude
        ranking = (0..<count).sorted { magnitude[$0] > magnitude[$1] || (magnitude[$0] == magnitude[$1] && $0 < $1) }
        let shown = Double(Swift.min(count, Self.maxFeatures))
        options = ChartOptions(title: title ?? "Attributions · integrated gradients from the \(baseline.rawValue)",
                               width: width ?? 760, height: height ?? Swift.min(900, Swift.max(300, 110 + 34 * shown)))
    }

    /// The features drawn, most important first.
    var shown: [Int] { Array(ranking.prefix(Self.maxFeatures)) }

    /// What the attributions explain, for the axis label.
    var explained: String { gradients.targets == nil ? "the output" : "P(predicted class)" }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        AttributionsPicture(chart: self, size: size, measurer: measurer).nodes()
    }

    public func text(columns: Int) -> String {
        AttributionsText.render(self, columns: columns)
    }
}
