import Charts
import Graphics
import Learn

/// `GradientHistograms(history)`: per layer, how the weight gradients are
/// distributed at each epoch, as ridgelines over shared bins of
/// log₁₀|gradient| — vanishing gradients drift left, exploding ones right.
public struct GradientHistograms: Chart {
    /// One layer's gradient values, one array per recorded epoch.
    public struct LayerGradients: Sendable, Equatable {
        public var name: String
        public var epochs: [[Double]]
        /// The (1-based) epoch each array belongs to; 1, 2, … when not given.
        public var epochNumbers: [Int]
        public init(name: String, epochs: [[Double]], epochNumbers: [Int]? = nil) {
            self.name = name; self.epochs = epochs
            self.epochNumbers = epochNumbers.flatMap { $0.count == epochs.count ? $0 : nil } ?? epochs.indices.map { $0 + 1 }
        }
    }

    public var options: ChartOptions
    public let layers: [LayerGradients]
    /// At most this many epochs are drawn per layer (evenly spaced, first and last included).
    public static let maxRidges = 10

    public init(_ layers: [LayerGradients], title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "GradientHistograms"
        guard !layers.isEmpty, layers.contains(where: { !$0.epochs.isEmpty }) else {
            throw ModelViewError.empty(view: view, argument: "history",
                                       expected: "gradients from at least one epoch (train with fit, which records them)")
        }
        self.layers = layers.filter { !$0.epochs.isEmpty }
        let rows = Double((self.layers.count + 1) / 2)
        options = ChartOptions(title: title ?? "Weight gradients per epoch", width: width ?? ChartOptions.defaultWidth,
                               height: height ?? Swift.min(2400, 60 + 300 * rows))
    }

    /// Every layer with parameters, at the epochs the history kept (`History.snapshotEpochs`,
    /// which label the ridges); `layerNames` (e.g. from the model) label the panels.
    public init(_ history: History, layerNames: [String] = [], title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        var layers: [LayerGradients] = []
        var index = 0
        while let snapshots = try? history.gradients(layer: index) {
            if !snapshots.isEmpty {
                let name = index < layerNames.count ? layerNames[index] : "layer \(index)"
                layers.append(LayerGradients(name: name, epochs: snapshots.map(\.scalars), epochNumbers: history.snapshotEpochs))
            }
            index += 1
        }
        try self.init(layers, title: title, width: width, height: height)
    }

    /// The same, with panel names taken from `model`'s layers.
    public init(_ history: History, model: Sequential, title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        try self.init(history, layerNames: LayerFacts.of(model).map { "\($0.index) \($0.title)" }, title: title,
                      width: width, height: height)
    }

    func panel(_ layer: LayerGradients) -> RidgePanel {
        RidgePanel(name: layer.name, snapshots: layer.epochs, epochNumbers: layer.epochNumbers,
                   scale: .logMagnitude, theme: options.theme)
    }

    /// Which epochs (0-based) are drawn: all when few, else evenly spaced.
    static func sampled(_ count: Int) -> [Int] {
        guard count > maxRidges else { return Array(0..<count) }
        var picks = (0..<maxRidges).map { Int((Double($0) * Double(count - 1) / Double(maxRidges - 1)).rounded()) }
        picks = picks.reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        return picks
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        PanelGrid.nodes(layers.map { panel($0) as any Chart }, options: options, size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        for layer in layers { out.append(panel(layer).text(columns: columns)) }
        return out.joined(separator: "\n\n")
    }
}
