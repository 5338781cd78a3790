import Charts
import Graphics
import Learn

/// `ROCCurve(model, data)`: true against false positive rate as the decision threshold falls,
/// one curve per class against the rest (the positive class alone for two classes), the area
/// under each in the legend, the dashed diagonal of guessing, and for two classes the point of
/// the model's own decisions. The areas equal scikit-learn's `roc_auc_score` on the model's
/// probabilities (macro average = `multi_class="ovr"`). A layered chart: `+` overlays it.
public struct ROCCurve: LayeredChart {
    public var options: ChartOptions
    public let curves: [ClassCurve]
    /// The mean of the classes' areas (nil for two classes).
    public let macroArea: Double?
    /// The share of examples whose most likely class is their own (as `evaluate`).
    public let accuracy: Double?
    /// For two classes: (false, true positive rate) of the model's decisions.
    public let operatingPoint: (x: Double, y: Double)?
    /// Classes without examples (or with only examples), which have no curve.
    public let leftOut: [String]

    static let view = "ROCCurve"

    public init(curves: [ClassCurve], macroArea: Double? = nil, accuracy: Double? = nil,
                operatingPoint: (x: Double, y: Double)? = nil, leftOut: [String] = [], title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        guard !curves.isEmpty else {
            throw ModelViewError.unsuitable(view: Self.view, argument: "data",
                                            reason: "needs examples of at least two classes to rank one against the others")
        }
        self.curves = curves; self.macroArea = macroArea; self.accuracy = accuracy
        self.operatingPoint = operatingPoint; self.leftOut = leftOut
        let summary = macroArea.map { "macro AUC " + CurveLayers.areaText($0) } ?? "AUC " + CurveLayers.areaText(curves[0].area)
        options = ChartOptions(title: title ?? "ROC curve · " + summary, xLabel: "false positive rate",
                               yLabel: "true positive rate", width: width, height: height)
    }

    public init(_ model: Sequential, _ data: Dataset, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let scores = try ClassRankings(model: model, data: data, view: Self.view)
        let (curves, leftOut, macro) = scores.curves { ranking, name in
            guard ranking.isDefined else { return nil }
            let points = ranking.rocPoints
            return ClassCurve(name: name, x: points.map(\.x), y: points.map(\.y), area: ranking.auc,
                              positives: ranking.positives, chance: 0.5)
        }
        try self.init(curves: curves, macroArea: macro, accuracy: scores.accuracy, operatingPoint: scores.operatingPoint,
                      leftOut: leftOut, title: title, width: width, height: height)
    }

    public var layers: [ChartLayer] {
        var layers = [CurveLayers.curves(curves, metric: "AUC", kind: Self.view),
                      CurveLayers.diagonal(label: "chance (AUC 0.5)", kind: Self.view)]
        if let operatingPoint, let accuracy {
            layers.append(CurveLayers.point(operatingPoint, label: "decisions (accuracy \(LossText.percent(accuracy)))",
                                            kind: Self.view))
        }
        return layers
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        layeredNodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        let notes = CurveLayers.notes(accuracy: accuracy, leftOut: leftOut, because: "no examples, or only examples, of it")
        return CurveLayers.table(title: options.title, metric: "AUC", curves: curves, macro: macroArea, chance: 0.5,
                                 notes: notes, columns: columns)
    }
}
