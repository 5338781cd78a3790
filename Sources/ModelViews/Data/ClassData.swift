import Learn

/// Checks shared by the views that take a model and a classification dataset.
enum ClassData {
    /// Class labels as indices, with their names; throws for regression data.
    static func labels(_ data: Dataset, view: String) throws -> (indices: [Int], names: [String]) {
        guard data.count > 0 else {
            throw ModelViewError.empty(view: view, argument: "data", expected: "at least one example")
        }
        let labels = data.labels.scalars
        guard labels.allSatisfy({ $0.isFinite && $0 >= 0 && $0 == $0.rounded() && $0 < 10_000 }) else {
            throw ModelViewError.unsuitable(view: view, argument: "data",
                                            reason: "has labels that are not class indices (a regression dataset?); this view needs classes")
        }
        let indices = labels.map { Int($0) }
        let count = Swift.max(data.classNames.count, (indices.max() ?? 0) + 1)
        let names = (0..<count).map { $0 < data.classNames.count ? data.classNames[$0] : "class \($0)" }
        return (indices, names)
    }

    /// The model's class probabilities for `x` (Learn's one route, `Sequential.classProbabilities`),
    /// read as for `data` or by `loss`; its errors become this view's.
    static func probabilities(_ model: Sequential, _ x: Tensor, for data: Dataset? = nil, loss: LossKind? = nil,
                              view: String) throws -> ClassProbabilities {
        do {
            return try model.classProbabilities(x, for: data, loss: loss)
        } catch let error as LearnError {
            if case .notAClassifier = error { throw ModelViewError.unsuitable(view: view, argument: "model", reason: "\(error)") }
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "could not run on the data: \(error)")
        } catch {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "could not run on the data: \(error)")
        }
    }
}
