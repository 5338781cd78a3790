import Charts
import Graphics
import Learn

/// `WeightHistograms(history)`: how each layer's weights spread out (or collapse) over training —
/// per layer, a ridge per recorded epoch (at most 10, evenly spaced, first and last included),
/// each the histogram of that epoch's weights over the layer's shared bins, labelled with its
/// epoch. The text form has a sparkline and the spread (σ) per epoch.
public struct WeightHistory: Chart {
    /// One layer's weights at each recorded epoch.
    public struct LayerSnapshots: Sendable, Equatable {
        public var name: String
        public var snapshots: [[Double]]
        /// The epoch (1-based) of each snapshot.
        public var epochs: [Int]
        public init(name: String, snapshots: [[Double]], epochs: [Int]) {
            self.name = name; self.snapshots = snapshots; self.epochs = epochs
        }
    }

    public var options: ChartOptions
    public let layers: [LayerSnapshots]

    public init(_ layers: [LayerSnapshots], title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let kept = layers.filter { !$0.snapshots.isEmpty }
        guard !kept.isEmpty else {
            throw ModelViewError.empty(view: "WeightHistograms", argument: "history",
                                       expected: "weights from at least one epoch (train with fit, which records them)")
        }
        self.layers = kept
        let rows = Double((kept.count + 1) / 2)
        options = ChartOptions(title: title ?? "Weights per epoch", width: width ?? ChartOptions.defaultWidth,
                               height: height ?? Swift.min(2400, 60 + 300 * rows))
    }

    /// Every layer with weights in `history` at the epochs it kept (`History.snapshotEpochs`),
    /// named from `model` when given.
    public init(_ history: History, model: Sequential? = nil, title: String? = nil, width: Double? = nil,
                height: Double? = nil) throws {
        let names = model.map { LayerFacts.of($0).map { "\($0.index) \($0.title)" } } ?? []
        var layers: [LayerSnapshots] = []
        var index = 0
        while let snapshots = try? history.weights(layer: index) {
            if !snapshots.isEmpty {
                layers.append(LayerSnapshots(name: index < names.count ? names[index] : "layer \(index)",
                                             snapshots: snapshots.map(\.scalars),
                                             epochs: history.snapshotEpochs.count == snapshots.count
                                                ? history.snapshotEpochs : Array(1...snapshots.count)))
            }
            index += 1
        }
        try self.init(layers, title: title, width: width, height: height)
    }

    func panel(_ layer: LayerSnapshots) -> RidgePanel {
        RidgePanel(name: layer.name, snapshots: layer.snapshots, epochNumbers: layer.epochs, scale: .values, theme: options.theme)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        PanelGrid.nodes(layers.map { panel($0) as any Chart }, options: options, size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        ([options.title].compactMap { $0 } + layers.map { panel($0).text(columns: columns) }).joined(separator: "\n\n")
    }
}
