/// What a softmax or a sigmoid remembers on its output: the logits it turned into
/// probabilities. A cross-entropy given such an output starts from those logits (as Keras
/// keeps `_keras_logits` on an activation's output), so a model ending in `softmax` or
/// `sigmoid` never has the activation applied twice and its loss stays stable. Any further
/// operation makes a tensor without an origin.
final class ProbabilityOrigin: @unchecked Sendable {
    enum Link: Sendable { case softmax, sigmoid }

    let link: Link
    let logits: Tensor

    init(_ link: Link, logits: Tensor) {
        self.link = link
        self.logits = logits
    }
}

extension Tensor {
    /// True when this tensor is the output of a softmax (along its last axis).
    public var isSoftmaxOutput: Bool { probabilityOrigin?.link == .softmax }
    /// True when this tensor is the output of a sigmoid.
    public var isSigmoidOutput: Bool { probabilityOrigin?.link == .sigmoid }

    /// This tensor remembering `logits` as what `link` was applied to.
    func madeProbabilities(by link: ProbabilityOrigin.Link, from logits: Tensor) -> Tensor {
        var result = self
        result.probabilityOrigin = ProbabilityOrigin(link, logits: logits)
        return result
    }
}
