/// How a model's outputs are read — which loss, which probabilities, which predictions —
/// decided in one place, so `fit`, `evaluate`, `predict`, `predictProbabilities` and every
/// view agree.
extension Sequential {
    /// The loss for `data` (nil when only the model's outputs are known), in this order: the
    /// one `requested`; the one `fit` last trained with (`loss`); from the output activation (a
    /// final `softmax`: softmax cross-entropy; a one-output `sigmoid`: sigmoid cross-entropy,
    /// unless `data` holds regression targets); from the data (classes: softmax cross-entropy,
    /// or sigmoid cross-entropy for one output; regression targets: mean squared error); with
    /// no data, one linear output is regression and several are class scores.
    func lossKind(output: Tensor, data: Dataset?, requested: LossKind?) -> LossKind {
        if let chosen = requested ?? loss { return chosen }
        let width = output.rank == 2 ? output.shape[1] : 1
        let classification = data.map(\.isClassification)
        switch output.probabilityOrigin?.link {
        case .softmax?: return .softmaxCrossEntropy
        case .sigmoid?:
            if classification == false { return .meanSquaredError }
            return width == 1 ? .sigmoidCrossEntropy : .softmaxCrossEntropy
        case nil:
            if classification ?? (width > 1) { return width == 1 ? .sigmoidCrossEntropy : .softmaxCrossEntropy }
            return .meanSquaredError
        }
    }

    /// The class probabilities and predictions of the model (in inference mode) for `x`, read
    /// as the classifier `fit` made of it for data like `data` — the route every
    /// classification figure takes (see `ClassProbabilities`). Throws for a regression model.
    public func classProbabilities(_ x: Tensor, for data: Dataset? = nil, loss requested: LossKind? = nil) throws -> ClassProbabilities {
        let output = try inferenceOutput(x)
        return try ClassProbabilities(output: output, loss: lossKind(output: output, data: data, requested: requested))
    }

    /// The predicted class of each row of `input` (`[n]`), or for a regression model its output
    /// (`[n]` for one output).
    public func predict(_ input: Tensor) throws -> Tensor {
        let output = try inferenceOutput(input)
        let kind = lossKind(output: output, data: nil, requested: nil)
        guard kind.isClassification else {
            return output.rank == 2 && output.shape[1] == 1 ? try output.reshaped(to: [output.shape[0]]) : output.detached
        }
        return Tensor(try ClassProbabilities(output: output, loss: kind).predictedClasses.map(Double.init))
    }

    /// For a binary classifier, the probability of class 1 for each row (`[n]`); for several
    /// classes, every class's probability (`[n, classes]`).
    public func predictProbabilities(_ input: Tensor) throws -> Tensor {
        let output = try inferenceOutput(input)
        let kind = lossKind(output: output, data: nil, requested: nil)
        let probabilities = try ClassProbabilities(output: output, loss: kind)
        if kind == .sigmoidCrossEntropy {
            return Tensor((0..<probabilities.rows).map { probabilities.probability(row: $0, class: 1) })
        }
        return Tensor(uncheckedShape: [probabilities.rows, probabilities.classes], scalars: probabilities.values)
    }

    /// Rows per forward pass of `inferenceOutput`: a convolution's activations for 60 000
    /// images at once would take gigabytes.
    static let inferenceBatch = 256

    /// The model applied to `input` in inference mode, `inferenceBatch` rows at a time (the
    /// same numbers as one pass: rows do not interact in inference mode); a final softmax or
    /// sigmoid output keeps its logits.
    func inferenceOutput(_ input: Tensor) throws -> Tensor {
        var inference = self
        inference.isTraining = false
        let rows = input.shape.first ?? 0
        guard input.rank >= 1, rows > Self.inferenceBatch else { return try inference(input) }
        var outputs: [Double] = [], logits: [Double] = []
        var shape: [Int] = [], link: ProbabilityOrigin.Link?
        for start in stride(from: 0, to: rows, by: Self.inferenceBatch) {
            let output = try inference(try input[start..<Swift.min(start + Self.inferenceBatch, rows)])
            shape = Array(output.shape.dropFirst())
            outputs += output.scalars
            link = start == 0 ? output.probabilityOrigin?.link : (link == output.probabilityOrigin?.link ? link : nil)
            if let origin = output.probabilityOrigin { logits += origin.logits.scalars }
        }
        let joined = try Tensor(shape: [rows] + shape, scalars: outputs)
        guard let link, logits.count == outputs.count else { return joined }
        return joined.madeProbabilities(by: link, from: Tensor(uncheckedShape: joined.shape, scalars: logits))
    }
}
