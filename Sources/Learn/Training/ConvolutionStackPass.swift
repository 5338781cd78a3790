/// `fit`'s forward and backward pass for a convolutional `Sequential`
/// (`Conv2D`, `MaxPool2D`, `AvgPool2D`, `GlobalAvgPool2D`, `Flatten`,
/// `Reshape` and `Dense` layers, at least one of them a convolution) trained
/// with softmax cross-entropy, without recording a tape.
///
/// Like `DenseStackPass`, it runs the kernels the tape's primitives run, on
/// the same operands in the same order, so its gradients equal the tape's
/// bit for bit; every activation, gradient and patch matrix lives in storage
/// sized once for the batch, so a step allocates nothing.
struct ConvolutionStackPass {
    /// What one layer does, with its sizes.
    enum Operation {
        case convolution(ConvolutionKernels.Plan, workspace: ConvolutionKernels.Workspace)
        case maxPool(ImageGeometry, argmax: IndexBuffer)
        case averagePool(ImageGeometry)
        case globalAverage(pixels: Int, channels: Int)
        /// Flatten and Reshape: the same scalars, so input and output share storage.
        case reshape
        case dense(inputs: Int, outputs: Int, transposedWeight: ScratchBuffer)
    }

    /// One layer: its operation, activation and the storage of its output
    /// and of the loss's gradient with respect to that output.
    struct Stage {
        let operation: Operation
        /// Scalars of one example's output.
        let outputSize: Int
        /// A non-fused elementwise activation (ReLU is fused into the product).
        let function: UnaryFunction?
        let rectified: Bool
        let preActivation: ScratchBuffer?
        let output: ScratchBuffer
        let delta: ScratchBuffer
        /// Whether the loss's gradient with respect to the input is needed
        /// (some layer below has parameters).
        let needsInputGradient: Bool
        /// For a max pooling over a ReLU'd layer: its gradient passes only
        /// positive maxima, so the layer below skips its own ReLU gradient.
        var appliesRectifierBelow = false
    }

    let stages: [Stage]
    let exampleShape: [Int]
    let batchInput: ScratchBuffer
    let labels: [Int]
    /// The gradients of the last step, parallel to the model's parameters.
    var gradients: ModelGradients
    /// When set, every example's prediction is added to it (for `fit`'s metrics).
    var scores: ClassScores?

    /// A pass for `model` on `data` in batches of up to `batchSize`, or nil
    /// when the model has no convolution, another kind of layer or
    /// activation, shapes that do not chain, or labels that are not class
    /// indices of its output.
    init?(model: Sequential, data: Dataset, batchSize: Int, kind: LossKind) {
        guard kind == .softmaxCrossEntropy, batchSize > 0, data.features.rank == 4,
              model.layers.contains(where: { $0 is Conv2D }) else { return nil }
        var stages: [Stage] = []
        var shape = data.exampleShape
        var input = ScratchBuffer(capacity: batchSize * data.featureCount)
        let batchInput = input
        var parametersBelow = false
        var gradients: [[Tensor]] = []
        for (index, layer) in model.layers.enumerated() {
            guard let (operation, outputShape, activation) = Self.operation(of: layer, exampleShape: shape, batchSize: batchSize)
            else { return nil }
            let size = outputShape.reduce(1, *)
            let isLast = index == model.layers.count - 1
            var function: UnaryFunction?
            switch activation.kind {
            case .identity: function = nil
            case .elementwise(.sigmoid) where isLast: return nil  // the loss reads probabilities, not logits
            case let .elementwise(unary): function = activation == .relu ? nil : unary
            case .softmax:
                guard isLast else { return nil }
                function = nil  // the loss starts from the logits
            }
            let isReshape = if case .reshape = operation { true } else { false }
            let output = isReshape ? input : ScratchBuffer(capacity: batchSize * size)
            let delta = isReshape ? stages.last?.delta ?? ScratchBuffer(capacity: batchSize * size) : ScratchBuffer(capacity: batchSize * size)
            stages.append(Stage(operation: operation, outputSize: size, function: function, rectified: activation == .relu,
                                preActivation: function == nil ? nil : ScratchBuffer(capacity: batchSize * size),
                                output: output, delta: delta, needsInputGradient: parametersBelow))
            gradients.append(layer.parameters.map { Tensor(uncheckedShape: $0.shape, scalars: Array(repeating: 0, count: $0.scalarCount)) })
            parametersBelow = parametersBelow || !layer.parameters.isEmpty
            shape = outputShape
            input = output
        }
        for index in stages.indices.dropFirst() {
            if case .maxPool = stages[index].operation, stages[index - 1].rectified, stages[index - 1].function == nil {
                stages[index].appliesRectifierBelow = true
            }
        }
        guard shape.count == 1, let classes = shape.first, let labels = try? classIndices(data.labels, classes: classes) else { return nil }
        self.stages = stages
        self.labels = labels
        self.exampleShape = data.exampleShape
        self.batchInput = batchInput
        self.gradients = ModelGradients(layers: gradients)
    }

    /// The operation of `layer` on examples of `exampleShape`, its output
    /// shape and its activation, or nil when the pass does not cover it.
    private static func operation(
        of layer: any Layer, exampleShape shape: [Int], batchSize: Int
    ) -> (Operation, [Int], Activation)? {
        switch layer {
        case let conv as Conv2D:
            guard let geometry = try? conv.checkedGeometry([batchSize] + shape) else { return nil }
            let plan = ConvolutionKernels.Plan(geometry: geometry, outputChannels: conv.outputChannels)
            return (.convolution(plan, workspace: ConvolutionKernels.Workspace(plan: plan)),
                    geometry.outputShape(channels: conv.outputChannels), conv.activation)
        case let pool as MaxPool2D:
            guard let geometry = try? pool.window.checkedGeometry([batchSize] + shape, layer: pool.kind) else { return nil }
            let output = geometry.outputShape(channels: geometry.channels)
            return (.maxPool(geometry, argmax: IndexBuffer(capacity: batchSize * output.reduce(1, *))), output, .identity)
        case let pool as AvgPool2D:
            guard let geometry = try? pool.window.checkedGeometry([batchSize] + shape, layer: pool.kind) else { return nil }
            return (.averagePool(geometry), geometry.outputShape(channels: geometry.channels), .identity)
        case is GlobalAvgPool2D:
            guard shape.count == 3 else { return nil }
            return (.globalAverage(pixels: shape[0] * shape[1], channels: shape[2]), [shape[2]], .identity)
        case is Flatten:
            return (.reshape, [shape.reduce(1, *)], .identity)
        case let reshape as Reshape:
            let output = reshape.outputShape(for: shape)
            return output.isEmpty ? nil : (.reshape, output, .identity)
        case let dense as Dense:
            guard shape == [dense.inputSize], dense.bias.shape == [dense.outputSize] else { return nil }
            return (.dense(inputs: dense.inputSize, outputs: dense.outputSize,
                           transposedWeight: ScratchBuffer(capacity: dense.inputSize * dense.outputSize)),
                    [dense.outputSize], dense.activation)
        default:
            return nil
        }
    }
}
