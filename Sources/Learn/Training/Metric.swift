/// The figures `fit(metrics:)` reports for a classifier besides its loss, as scikit-learn
/// computes them from the predicted classes (`ClassProbabilities`): for two classes, of class 1
/// (the positive class); for more, the macro average over the classes that occur in the labels
/// or the predictions. A class never predicted has precision 0, one that never occurs recall 0,
/// and F1 is 0 where precision and recall both are. AUC is the exact area under the ROC curve
/// (ties counted half; one-vs-rest macro average for more than two classes; NaN when a class
/// has no example or every example is of it).
public enum Metric: String, Sendable, CaseIterable {
    case accuracy, precision, recall, f1, auc

    /// The metric of `scores`.
    public func value(_ scores: ClassScores) -> Double {
        switch self {
        case .accuracy: return scores.accuracy
        case .precision: return scores.averaged { $0.precision }
        case .recall: return scores.averaged { $0.recall }
        case .f1: return scores.averaged { $0.f1 }
        case .auc: return scores.areaUnderROC
        }
    }

    /// The name of the figure in the History and the progress line ("precision",
    /// "validationPrecision").
    public func key(validation: Bool) -> String {
        guard validation else { return rawValue }
        return "validation" + rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
}

/// A classifier's predictions of a set of examples with their labels: what the metrics and
/// `report` are computed from.
public struct ClassScores: Sendable, Equatable {
    public private(set) var labels: [Int] = []
    public private(set) var predicted: [Int] = []
    /// Row-major `[count, classes]`, kept only when asked for (AUC needs them).
    public private(set) var probabilities: [Double] = []
    public private(set) var classes: Int
    let keepsProbabilities: Bool

    public init(classes: Int, keepingProbabilities: Bool) {
        self.classes = classes
        keepsProbabilities = keepingProbabilities
    }

    /// The scores of `probabilities` against `labels` (class indices).
    public init(_ probabilities: ClassProbabilities, labels: Tensor, keepingProbabilities: Bool = true) {
        self.init(classes: probabilities.classes, keepingProbabilities: keepingProbabilities)
        add(probabilities, labels: labels)
    }

    /// Scores of given probabilities (row-major `[labels.count, classes]`), predicting as
    /// `ClassProbabilities` does: for two classes 1 when the second column is above 0.5, else
    /// the first most probable class.
    public init(labels: [Int], probabilities: [Double], classes: Int) {
        self.init(classes: classes, keepingProbabilities: true)
        self.labels = labels
        self.probabilities = probabilities
        predicted = labels.indices.map { row in
            if classes == 2 { return probabilities[row * 2 + 1] > 0.5 ? 1 : 0 }
            var best = 0
            for c in 1..<Swift.max(classes, 1) where probabilities[row * classes + c] > probabilities[row * classes + best] { best = c }
            return best
        }
    }

    public var count: Int { labels.count }

    mutating func add(_ read: ClassProbabilities, labels batch: Tensor) {
        for label in batch.scalars { labels.append(Int(label)) }
        predicted += read.predictedClasses
        if keepsProbabilities { probabilities += read.values }
        classes = Swift.max(classes, read.classes)
    }

    /// One example whose `width` class probabilities are at `row`, for the direct pass.
    mutating func add(label: Int, predicted klass: Int, probabilities row: UnsafePointer<Double>, width: Int) {
        classes = width
        labels.append(label)
        predicted.append(klass)
        if keepsProbabilities { probabilities.append(contentsOf: UnsafeBufferPointer(start: row, count: width)) }
    }

    /// Empties the scores, keeping their storage.
    mutating func removeAll() {
        labels.removeAll(keepingCapacity: true)
        predicted.removeAll(keepingCapacity: true)
        probabilities.removeAll(keepingCapacity: true)
    }

    var accuracy: Double {
        guard count > 0 else { return .nan }
        return Double(zip(labels, predicted).filter { $0 == $1 }.count) / Double(count)
    }

    /// Per class: true positives, predicted count, actual count.
    public struct ClassCounts: Sendable, Equatable {
        public var truePositives = 0, predicted = 0, support = 0
        public var precision: Double { predicted > 0 ? Double(truePositives) / Double(predicted) : 0 }
        public var recall: Double { support > 0 ? Double(truePositives) / Double(support) : 0 }
        public var f1: Double {
            let (p, r) = (precision, recall)
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    /// The counts of every class `0..<max(classes, largest label or prediction + 1)`.
    public var classCounts: [ClassCounts] {
        let k = Swift.max(classes, (labels.max() ?? -1) + 1, (predicted.max() ?? -1) + 1)
        var counts = [ClassCounts](repeating: ClassCounts(), count: k)
        for (label, guess) in zip(labels, predicted) {
            counts[label].support += 1
            counts[guess].predicted += 1
            if label == guess { counts[label].truePositives += 1 }
        }
        return counts
    }

    /// Class 1's figure for two classes, else the macro average over the classes present.
    func averaged(_ figure: (ClassCounts) -> Double) -> Double {
        let counts = classCounts
        guard count > 0 else { return .nan }
        if classes <= 2, counts.count <= 2 { return counts.count > 1 ? figure(counts[1]) : 0 }
        let present = counts.filter { $0.support > 0 || $0.predicted > 0 }
        return present.reduce(0) { $0 + figure($1) } / Double(present.count)
    }

    /// The exact ROC AUC (see `Metric`).
    var areaUnderROC: Double {
        guard keepsProbabilities, count > 0, probabilities.count == count * classes else { return .nan }
        if classes == 2 { return Self.auc(scores: (0..<count).map { probabilities[$0 * 2 + 1] }, positive: labels.map { $0 == 1 }) }
        var total = 0.0, used = 0
        for klass in 0..<classes {
            let positive = labels.map { $0 == klass }
            let area = Self.auc(scores: (0..<count).map { probabilities[$0 * classes + klass] }, positive: positive)
            if positive.contains(true) { total += area; used += 1 }
        }
        return used > 0 ? total / Double(used) : .nan
    }

    /// The Mann–Whitney U statistic over positives and negatives, with average ranks for ties.
    static func auc(scores: [Double], positive: [Bool]) -> Double {
        let positives = positive.filter { $0 }.count, negatives = positive.count - positives
        guard positives > 0, negatives > 0 else { return .nan }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for i in start...end where positive[order[i]] { rankSum += rank }
            start = end + 1
        }
        let p = Double(positives)
        return (rankSum - p * (p + 1) / 2) / (p * Double(negatives))
    }
}
