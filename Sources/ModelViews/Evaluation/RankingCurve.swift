/// How well one class's scores rank its examples above the others, as scikit-learn measures it:
/// the ROC curve and its area (`roc_auc_score`), the precision–recall points and the average
/// precision (`average_precision_score`, the step sum Σ (Rₖ − Rₖ₋₁) Pₖ, not interpolated).
/// Examples with equal scores form one threshold, so ties count as sklearn counts them.
public struct RankingCurve: Sendable, Equatable {
    /// The ROC curve from (0, 0) to (1, 1): false and true positive rates at each distinct score,
    /// highest score first.
    public let falsePositiveRate: [Double]
    public let truePositiveRate: [Double]
    /// Recall and precision at each distinct score, highest score first (recall rising), up to
    /// the first score that reaches full recall (as `precision_recall_curve` stops there).
    public let recall: [Double]
    public let precision: [Double]
    public let positives: Int
    public let negatives: Int

    /// One pass over the examples sorted by descending score. `scores` must be finite.
    /// - Complexity: O(n log n).
    public init(scores: [Double], positive: [Bool]) {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var fpr: [Double] = [0], tpr: [Double] = [0], recall: [Double] = [], precision: [Double] = []
        let positives = positive.reduce(0) { $0 + ($1 ? 1 : 0) }
        let negatives = positive.count - positives
        var tp = 0, fp = 0
        for (k, i) in order.enumerated() {
            if positive[i] { tp += 1 } else { fp += 1 }
            if k + 1 < order.count, scores[order[k + 1]] == scores[i] { continue }
            fpr.append(negatives > 0 ? Double(fp) / Double(negatives) : .nan)
            tpr.append(positives > 0 ? Double(tp) / Double(positives) : .nan)
            guard recall.last != 1 else { continue }
            recall.append(positives > 0 ? Double(tp) / Double(positives) : .nan)
            precision.append(Double(tp) / Double(tp + fp))
        }
        self.falsePositiveRate = fpr; self.truePositiveRate = tpr
        self.recall = recall; self.precision = precision
        self.positives = positives; self.negatives = negatives
    }

    /// Whether both classes occur, so the areas are defined.
    public var isDefined: Bool { positives > 0 && negatives > 0 }

    /// The area under the ROC curve by the trapezoidal rule (NaN unless both classes occur).
    public var auc: Double {
        guard isDefined else { return .nan }
        var area = 0.0
        for k in 1..<falsePositiveRate.count {
            area += (falsePositiveRate[k] - falsePositiveRate[k - 1]) * (truePositiveRate[k] + truePositiveRate[k - 1]) / 2
        }
        return area
    }

    /// The average precision: Σ (Rₖ − Rₖ₋₁) Pₖ with R₀ = 0 (NaN without positives).
    public var averagePrecision: Double {
        guard positives > 0 else { return .nan }
        var sum = 0.0, previous = 0.0
        for (r, p) in zip(recall, precision) {
            sum += (r - previous) * p
            previous = r
        }
        return sum
    }

    /// The fraction of examples that are positive: the precision of guessing.
    public var prevalence: Double { Double(positives) / Double(Swift.max(1, positives + negatives)) }

    /// The ROC points without those in the middle of a straight horizontal or vertical run
    /// (scikit-learn's `drop_intermediate`): the same curve with fewer points to draw.
    var rocPoints: [(x: Double, y: Double)] {
        RankingCurve.thinned(Array(zip(falsePositiveRate, truePositiveRate)))
    }

    /// The precision–recall staircase whose area is the average precision: from recall 0 at the
    /// first precision, across to each recall, then up or down to the next precision.
    var precisionRecallSteps: [(x: Double, y: Double)] {
        guard let first = precision.first else { return [] }
        var points: [(x: Double, y: Double)] = [(0, first)]
        for (k, (r, p)) in zip(recall, precision).enumerated() {
            points.append((r, p))
            if k + 1 < recall.count { points.append((r, precision[k + 1])) }
        }
        return RankingCurve.thinned(points)
    }

    static func thinned(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        for k in 1..<(points.count - 1) {
            let a = kept[kept.count - 1], b = points[k], c = points[k + 1]
            let sameX = a.x == b.x && b.x == c.x, sameY = a.y == b.y && b.y == c.y
            if !(sameX || sameY) { kept.append(b) }
        }
        kept.append(points[points.count - 1])
        return kept
    }
}
