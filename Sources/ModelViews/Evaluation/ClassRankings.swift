import Learn

/// A classifier's view of a labelled dataset: each example's class probabilities (Learn's one
/// probability route, `Sequential.classProbabilities`, so every figure agrees with the confusion
/// matrix and `evaluate`), its true class, and the class names. One-vs-rest rankings come from here.
struct ClassRankings {
    let probabilities: ClassProbabilities
    let labels: [Int]
    let names: [String]

    init(model: Sequential, data: Dataset, view: String) throws {
        let classes = try ClassData.labels(data, view: view)
        if let inputs = model.inputFeatures, inputs != data.featureCount {
            throw ModelViewError.featureCount(view: view, argument: "data", expected: inputs, actual: data.featureCount)
        }
        let p = try ClassData.probabilities(model, data.features, for: data, view: view)
        guard let largest = classes.indices.max(), largest < p.classes else {
            throw ModelViewError.unsuitable(view: view, argument: "data",
                                            reason: "has class \(classes.indices.max() ?? 0) but the model gives scores for \(p.classes) classes")
        }
        guard p.values.allSatisfy(\.isFinite) else {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "gives NaN or infinite outputs on the data (training diverged?)")
        }
        probabilities = p
        labels = classes.indices
        names = (0..<p.classes).map { $0 < classes.names.count ? classes.names[$0] : "class \($0)" }
    }

    var count: Int { labels.count }

    /// Class `c`'s probability for every example.
    func scores(_ c: Int) -> [Double] {
        (0..<count).map { probabilities.values[$0 * probabilities.classes + c] }
    }

    /// Class `c` against the rest.
    func ranking(_ c: Int) -> RankingCurve {
        RankingCurve(scores: scores(c), positive: labels.map { $0 == c })
    }

    /// One curve per drawn class from `build` (nil for a class it cannot draw, which is left out),
    /// with the classes left out and, for several drawn classes, the mean of the curves' areas.
    func curves(_ build: (RankingCurve, String) -> ClassCurve?) -> (curves: [ClassCurve], leftOut: [String], macro: Double?) {
        var curves: [ClassCurve] = [], leftOut: [String] = []
        for c in drawnClasses {
            if let curve = build(ranking(c), names[c]) { curves.append(curve) } else { leftOut.append(names[c]) }
        }
        let macro = drawnClasses.count > 1 && !curves.isEmpty ? curves.map(\.area).reduce(0, +) / Double(curves.count) : nil
        return (curves, leftOut, macro)
    }

    /// The classes drawn: the positive class (1) alone for two classes, as scikit-learn's binary
    /// metrics do, else every class.
    var drawnClasses: [Int] { probabilities.classes == 2 ? [1] : Array(0..<probabilities.classes) }

    /// The share of examples whose most likely class is their class: `evaluate`'s accuracy.
    var accuracy: Double {
        let correct = labels.indices.reduce(0) { $0 + (probabilities.predictedClasses[$1] == labels[$1] ? 1 : 0) }
        return Double(correct) / Double(Swift.max(1, count))
    }

    /// For a two-class model, the (false positive rate, true positive rate) of its own decisions.
    var operatingPoint: (x: Double, y: Double)? {
        guard probabilities.classes == 2 else { return nil }
        var tp = 0, fp = 0, positives = 0
        for (i, label) in labels.enumerated() {
            let predicted = probabilities.predictedClasses[i] == 1
            if label == 1 { positives += 1; if predicted { tp += 1 } } else if predicted { fp += 1 }
        }
        let negatives = count - positives
        guard positives > 0, negatives > 0 else { return nil }
        return (Double(fp) / Double(negatives), Double(tp) / Double(positives))
    }
}
