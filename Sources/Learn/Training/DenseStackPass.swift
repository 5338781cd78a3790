/// `fit`'s forward and backward pass for a `Sequential` made only of `Dense`
/// layers (identity, ReLU or another elementwise activation; `softmax` on the
/// last, which the loss takes over) trained with softmax cross-entropy, without
/// recording a tape.
///
/// It performs the very operations the tape would (the same kernels on the
/// same operands in the same order), so its gradients equal the tape's bit
/// for bit; but every activation, delta and gradient lives in storage sized
/// once for the batch and reused at every step, so a step allocates nothing.
struct DenseStackPass {
    /// One `Dense` layer's shape, activation and working storage.
    private struct Stage {
        let inputs: Int
        let outputs: Int
        /// `nil` for identity and for ReLU (which is fused into the affine map).
        let function: UnaryFunction?
        let rectified: Bool
        /// The affine map before a non-fused activation (`batch × outputs`).
        let preActivation: ScratchBuffer?
        /// The layer's output (`batch × outputs`).
        let output: ScratchBuffer
        /// The loss's gradient with respect to the output, then to the affine map.
        let delta: ScratchBuffer
        /// The weight transposed (`outputs × inputs`), for the input gradient.
        let transposedWeight: ScratchBuffer
    }

    private let stages: [Stage]
    private let batchInput: ScratchBuffer
    private let labels: [Int]
    /// The gradients of the last step, parallel to the model's parameters.
    var gradients: ModelGradients
    /// When set, every example's prediction is added to it (for `fit`'s metrics).
    var scores: ClassScores?

    /// A pass for `model` on `data` in batches of up to `batchSize`, or nil
    /// when the model has another kind of layer or activation, its layer
    /// sizes do not chain, or the labels are not class indices of its output.
    init?(model: Sequential, data: Dataset, batchSize: Int, kind: LossKind) {
        guard kind == .softmaxCrossEntropy, batchSize > 0, !model.layers.isEmpty, data.features.rank == 2 else { return nil }
        var stages: [Stage] = []
        var width = data.featureCount
        for (index, layer) in model.layers.enumerated() {
            guard let dense = layer as? Dense, dense.inputSize == width, dense.outputSize > 0,
                  dense.bias.shape == [dense.outputSize] else { return nil }
            let n = dense.outputSize
            let isLast = index == model.layers.count - 1
            var function: UnaryFunction?
            switch dense.activation.kind {
            case .identity: function = nil
            case .elementwise(.sigmoid) where isLast: return nil  // the loss reads probabilities, not logits
            case let .elementwise(unary): function = dense.activation == .relu ? nil : unary
            case .softmax:
                guard isLast else { return nil }
                function = nil  // the loss starts from the logits
            }
            stages.append(Stage(inputs: width, outputs: n, function: function, rectified: dense.activation == .relu,
                                preActivation: function == nil ? nil : ScratchBuffer(capacity: batchSize * n),
                                output: ScratchBuffer(capacity: batchSize * n), delta: ScratchBuffer(capacity: batchSize * n),
                                transposedWeight: ScratchBuffer(capacity: n * width)))
            width = n
        }
        guard let labels = try? classIndices(data.labels, classes: width) else { return nil }
        self.stages = stages
        self.labels = labels
        batchInput = ScratchBuffer(capacity: batchSize * data.featureCount)
        gradients = ModelGradients(layers: stages.map { stage in
            [Tensor(uncheckedShape: [stage.inputs, stage.outputs], scalars: Array(repeating: 0, count: stage.inputs * stage.outputs)),
             Tensor(uncheckedShape: [stage.outputs], scalars: Array(repeating: 0, count: stage.outputs))]
        })
    }

    /// Runs the examples at `rows` of `data` (at most the batch size) through
    /// `model` and fills `gradients`; returns the mean loss and how many rows
    /// the model classified correctly. `model` must be the one the pass was made for.
    mutating func run(_ model: Sequential, data: Dataset, rows: ArraySlice<Int>) -> (loss: Double, correct: Int) {
        let m = rows.count
        gather(data, rows: rows, into: batchInput)
        for (index, stage) in stages.enumerated() {
            guard let dense = model.layers[index] as? Dense else { continue }
            forward(stage, input: index == 0 ? batchInput.pointer : stages[index - 1].output.pointer, rows: m,
                    weight: dense.weight.scalars, bias: dense.bias.scalars)
        }
        let result = lossAndLogitGradient(rows: rows)
        for index in stages.indices.reversed() {
            guard let dense = model.layers[index] as? Dense else { continue }
            backward(index, rows: m, weight: dense.weight.scalars)
        }
        return result
    }

    /// `output = activation(input · weight + bias)`, the bias added to the
    /// product (and ReLU applied) as the kernel stores it, as `Primitives.linear` does.
    private func forward(_ stage: Stage, input: UnsafePointer<Double>, rows m: Int, weight: [Double], bias: [Double]) {
        let (k, n) = (stage.inputs, stage.outputs)
        let affine = stage.preActivation?.pointer ?? stage.output.pointer
        weight.withUnsafeBufferPointer { w in
            bias.withUnsafeBufferPointer { row in
                SplitKernels.gemm(m: m, n: n, k: k, a: input, aRowStride: k, aColumnStride: 1, b: MatrixKernels.base(w),
                                   c: affine, accumulate: false, rowBias: MatrixKernels.base(row), rectify: stage.rectified)
            }
        }
        if let function = stage.function {
            for i in 0..<(m * n) { stage.output.pointer[i] = function.value(affine[i]) }
        }
    }

    /// The mean softmax cross-entropy of the last layer's output, leaving its gradient in the layer's delta.
    private mutating func lossAndLogitGradient(rows: ArraySlice<Int>) -> (loss: Double, correct: Int) {
        guard let last = stages.last else { return (0, 0) }
        return DirectPassLoss.softmaxCrossEntropy(logits: last.output.pointer, width: last.outputs, rows: rows, labels: labels,
                                                  gradient: last.delta.pointer, scores: &scores)
    }

    /// From the delta of layer `index`'s output: its weight and bias
    /// gradients and (below the first layer) the delta of its input, through
    /// the lower layer's ReLU already when it has one.
    private mutating func backward(_ index: Int, rows m: Int, weight: [Double]) {
        let stage = stages[index]
        let (k, n) = (stage.inputs, stage.outputs)
        let g = stage.delta.pointer
        if stage.rectified, index == stages.count - 1 {  // lower layers' deltas are masked as they are stored
            RectifierKernels.mask(g, byPositive: stage.output.pointer, into: g, count: m * n)
        } else if let function = stage.function, let x = stage.preActivation?.pointer {
            let y = stage.output.pointer
            for i in 0..<(m * n) { g[i] = g[i] * function.derivative(x: x[i], y: y[i]) }
        }
        let input = index == 0 ? batchInput.pointer : stages[index - 1].output.pointer
        gradients.layers[index][0].scalars.withUnsafeMutableBufferPointer { dw in
            SplitKernels.gemm(m: k, n: n, k: m, a: input, aRowStride: 1, aColumnStride: k,
                               b: g, c: MatrixKernels.mutableBase(dw), accumulate: false)
        }
        gradients.layers[index][1].scalars.withUnsafeMutableBufferPointer { db in
            MatrixKernels.columnSums(g, rows: m, columns: n, into: MatrixKernels.mutableBase(db))
        }
        guard index > 0 else { return }
        weight.withUnsafeBufferPointer { w in
            MatrixKernels.transpose(MatrixKernels.base(w), rows: k, columns: n, into: stage.transposedWeight.pointer)
        }
        let below = stages[index - 1]
        SplitKernels.gemm(m: m, n: k, k: n, a: g, aRowStride: n, aColumnStride: 1, b: stage.transposedWeight.pointer,
                           c: below.delta.pointer, accumulate: false, positiveMask: below.rectified ? below.output.pointer : nil)
    }
}
