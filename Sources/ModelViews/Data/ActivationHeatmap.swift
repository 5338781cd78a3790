import Charts
import Graphics
import Learn

/// `ActivationHeatmap(model, x)`: what each layer outputs for a batch — one
/// heatmap per layer, examples down, units across (first 64 examples).
public struct ActivationHeatmap: Chart {
    /// One layer's outputs: `values[example][unit]`.
    public struct LayerActivations: Sendable, Equatable {
        public var name: String
        public var values: [[Double]]
    }

    public var options: ChartOptions
    public let layers: [LayerActivations]
    public let examplesShown: Int
    public let examplesGiven: Int

    public static let maxExamples = 64
    public static let maxUnits = 256

    public init(_ model: Sequential, _ x: Tensor, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "ActivationHeatmap"
        guard !model.layers.isEmpty else { throw ModelViewError.empty(view: view, argument: "model", expected: "at least one layer") }
        guard x.rank == 2, x.shape[0] > 0 else {
            throw ModelViewError.unsuitable(view: view, argument: "x", reason: "must be a batch [examples, features] with at least one example, got shape \(x.shape)")
        }
        if let inputs = model.inputFeatures, inputs != x.shape[1] {
            throw ModelViewError.featureCount(view: view, argument: "x", expected: inputs, actual: x.shape[1])
        }
        let shown = Swift.min(Self.maxExamples, x.shape[0])
        let batch = try x.gathering(rows: Array(0..<shown))
        let outputs: [Tensor]
        do { outputs = try model.layerOutputs(batch) } catch {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "could not run on x: \(error)")
        }
        let facts = LayerFacts.of(model)
        var layers: [LayerActivations] = []
        for (fact, output) in zip(facts, outputs) where output.rank == 2 {
            let units = output.shape[1]
            guard units <= Self.maxUnits else {
                throw ModelViewError.tooLarge(view: view, argument: "model", what: "units in layer \(fact.index)", count: units,
                                              limit: Self.maxUnits, suggestion: "look at WeightHistograms(model) instead")
            }
            let rows = (0..<output.shape[0]).map { Array(output.scalars[($0 * units)..<(($0 + 1) * units)]) }
            layers.append(LayerActivations(name: "\(fact.index) \(fact.title) · \(units) units", values: rows))
        }
        guard !layers.isEmpty else { throw ModelViewError.empty(view: view, argument: "model", expected: "a layer with [examples, units] output") }
        self.layers = layers
        examplesShown = shown
        examplesGiven = x.shape[0]
        let gridRows = Double((layers.count + 1) / 2)
        let defaultTitle = "Activations for \(shown == x.shape[0] ? "\(shown)" : "the first \(shown) of \(Count.text(x.shape[0]))") examples"
        options = ChartOptions(title: title ?? defaultTitle, width: width ?? ChartOptions.defaultWidth,
                               height: height ?? Swift.min(2400, 60 + 300 * gridRows))
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let panels: [any Chart] = layers.map { ActivationPanel(layer: $0, theme: options.theme) }
        return PanelGrid.nodes(panels, options: options, size: size, measurer: measurer)
    }

    /// Per layer, up to 12 examples as rows of shades (units resampled to fit).
    public func text(columns: Int) -> String {
        let shades: [Character] = [" ", "░", "▒", "▓", "█"]
        var out: [String] = []
        if let title = options.title { out.append(title) }
        for layer in layers {
            let all = layer.values.joined().filter(\.isFinite)
            let lo = all.min() ?? 0, hi = all.max() ?? 1
            var block = [layer.name + "  (" + Sparkline.number(lo) + " " + String(shades) + " " + Sparkline.number(hi) + ")"]
            for (i, row) in layer.values.prefix(12).enumerated() {
                let cells = Sparkline.resample(row, to: Swift.max(4, columns - 6))
                block.append(HistogramText.pad("\(i)", 5) + String(cells.map { v -> Character in
                    guard v.isFinite, hi > lo else { return shades[0] }
                    return shades[Swift.min(4, Swift.max(0, Int(((v - lo) / (hi - lo) * 4).rounded())))]
                }))
            }
            if layer.values.count > 12 { block.append("(\(layer.values.count - 12) more examples)") }
            out.append(block.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n")
    }
}
