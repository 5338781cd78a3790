import Charts
import Graphics
import Learn

/// `PrecisionRecallCurve(model, data)`: precision against recall as the decision threshold
/// falls, one staircase per class against the rest (the positive class alone for two classes),
/// whose area — the average precision — is in the legend; the chance line is the precision of
/// guessing (the prevalence, or its mean over classes). The areas equal scikit-learn's
/// `average_precision_score` on the model's probabilities. A layered chart: `+` overlays it.
public struct PrecisionRecallCurve: LayeredChart {
    public var options: ChartOptions
    public let curves: [ClassCurve]
    /// The mean of the classes' average precisions (nil for two classes).
    public let macroArea: Double?
    /// The average precision of guessing: the prevalence (mean prevalence for several classes).
    public let chance: Double
    public let accuracy: Double?
    /// Classes without examples, which have no curve.
    public let leftOut: [String]

    static let view = "PrecisionRecallCurve"

    public init(curves: [ClassCurve], macroArea: Double? = nil, accuracy: Double? = nil, leftOut: [String] = [],
                title: String? = nil, width: Double = ChartOptions.defaultWidth,
                height: Double = ChartOptions.defaultHeight) throws {
        guard !curves.isEmpty else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "data", reason: "has no examples of the classes to rank")
        }
        self.curves = curves; self.macroArea = macroArea; self.accuracy = accuracy; self.leftOut = leftOut
        chance = curves.map(\.chance).reduce(0, +) / Double(curves.count)
        let summary = macroArea.map { "macro AP " + CurveLayers.areaText($0) } ?? "AP " + CurveLayers.areaText(curves[0].area)
        options = ChartOptions(title: title ?? "Precision–recall · " + summary, xLabel: "recall", yLabel: "precision",
                               width: width, height: height)
    }

    public init(_ model: Sequential, _ data: Dataset, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let scores = try ClassRankings(model: model, data: data, view: Self.view)
        let (curves, leftOut, macro) = scores.curves { ranking, name in
            guard ranking.positives > 0 else { return nil }
            let steps = ranking.precisionRecallSteps
            return ClassCurve(name: name, x: steps.map(\.x), y: steps.map(\.y), area: ranking.averagePrecision,
                              positives: ranking.positives, chance: ranking.prevalence)
        }
        try self.init(curves: curves, macroArea: macro, accuracy: scores.accuracy, leftOut: leftOut, title: title,
                      width: width, height: height)
    }

    public var layers: [ChartLayer] {
        let label = (curves.count > 1 ? "chance (mean AP " : "chance (AP ") + CurveLayers.areaText(chance) + ")"
        var layers = [CurveLayers.curves(curves, metric: "AP", kind: Self.view)]
        if let rule = try? Rule(y: chance, label: label) { layers += rule.layers }
        return layers
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        let notes = CurveLayers.notes(accuracy: accuracy, leftOut: leftOut, because: "no examples of it")
        return CurveLayers.table(title: options.title, metric: "AP", curves: curves, macro: macroArea, chance: chance,
                                 notes: notes, columns: columns)
    }
}
