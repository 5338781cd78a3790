import Charts
import Graphics
import Learn

/// `NetworkDiagram(model)`: a `Sequential` model as a picture. `.layers`
/// draws a box per layer (kind, activation, output shape, parameters) with
/// arrows between and the input and output shapes at the ends; `.neurons`
/// draws every neuron and every weight, TensorFlow-Playground style.
public struct ModelDiagram: Chart {
    /// How much of the model to draw.
    public enum Style: String, Sendable, Hashable { case layers, neurons }

    public var options: ChartOptions
    public let style: Style
    public let facts: [LayerFacts]
    public let inputShape: [Int]?
    public let parameterCount: Int
    /// For `.neurons`: the dense layers' weights and biases, in order.
    let dense: [(weight: Tensor, bias: Tensor)]
    let inputNames: [String]
    let outputNames: [String]

    /// At most this many neurons in one layer for `.neurons`.
    public static let maxNeuronsPerLayer = 64
    /// At most this many weights in all for `.neurons`.
    public static let maxWeights = 5_000

    public init(_ model: Sequential, style: Style = .layers, inputNames: [String] = [], outputNames: [String] = [],
                title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "NetworkDiagram"
        guard !model.layers.isEmpty else {
            throw ModelViewError.empty(view: view, argument: "model", expected: "at least one layer")
        }
        facts = LayerFacts.of(model)
        inputShape = model.exampleShape
        parameterCount = model.parameterCount
        self.style = style
        self.inputNames = inputNames
        self.outputNames = outputNames
        let denseLayers = model.layers.compactMap { $0 as? Dense }
        dense = denseLayers.map { ($0.weight, $0.bias) }
        if style == .neurons {
            if let image = model.layers.first(where: { !($0 is Dense || $0 is Dropout || $0 is Flatten) }) {
                throw ModelViewError.unsuitable(view: "NetworkDiagram(model, style: .neurons)", argument: "model",
                                                reason: "has a \(image.kind) layer; the neuron view draws Dense layers only — use NetworkDiagram(model)")
            }
            try Self.checkNeuronLimits(denseLayers)
        }
        let rows = Double(facts.count + 2)
        let defaultHeight = style == .layers ? Swift.min(1200, Swift.max(400, 74 * rows + 60)) : ChartOptions.defaultHeight
        options = ChartOptions(title: title, width: width ?? ChartOptions.defaultWidth, height: height ?? defaultHeight)
    }

    private static func checkNeuronLimits(_ layers: [Dense]) throws {
        let view = "NetworkDiagram(model, style: .neurons)"
        let advice = "use NetworkDiagram(model) for the layer view"
        guard let first = layers.first else {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "has no Dense layers to draw as neurons; \(advice)")
        }
        let widths = [first.inputSize] + layers.map(\.outputSize)
        if let widest = widths.max(), widest > maxNeuronsPerLayer {
            throw ModelViewError.tooLarge(view: view, argument: "model", what: "neurons in one layer", count: widest,
                                          limit: maxNeuronsPerLayer, suggestion: advice)
        }
        let weights = layers.reduce(0) { $0 + $1.inputSize * $1.outputSize }
        if weights > maxWeights {
            throw ModelViewError.tooLarge(view: view, argument: "model", what: "weights", count: weights,
                                          limit: maxWeights, suggestion: advice)
        }
    }

    /// The neuron picture's weights are opaque tints of the paper (light lines for weak weights),
    /// which would glare on dark paper: it stays a light card.
    public var darkVariant: [Color: Color] { style == .neurons ? [:] : options.theme.theme.darkVariant }

    /// "Total parameters: 4,547".
    public var caption: String { "Total parameters: " + Count.text(parameterCount) }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        switch style {
        case .layers: return LayerBoxes(diagram: self).nodes(size: size, measurer: measurer)
        case .neurons: return NeuronPicture(diagram: self).nodes(size: size, measurer: measurer)
        }
    }

    public func text(columns: Int) -> String {
        DiagramText.render(self, columns: columns)
    }
}
