import Platform

/// Precision, recall, F1 and support per class with the accuracy and the macro and weighted
/// averages — scikit-learn's `classification_report`, its numbers and its text layout
/// (`model.report(data)`). Every class of the data has a row; a class never predicted has
/// precision 0 and one with no example recall 0 (scikit-learn's `zero_division=0`).
public struct ClassificationReport: Sendable, Equatable {
    /// One row: a class, or an average.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public let classes: [Row]
    public let accuracy: Double
    public let macroAverage: Row
    public let weightedAverage: Row

    /// The report of `scores`, classes named by `classNames` (missing names are "class k").
    public init(_ scores: ClassScores, classNames: [String]) {
        let counts = scores.classCounts
        let names = (0..<Swift.max(counts.count, classNames.count)).map { $0 < classNames.count ? classNames[$0] : "class \($0)" }
        let all = names.indices.map { $0 < counts.count ? counts[$0] : ClassScores.ClassCounts() }
        let rows = zip(names, all).map { name, c in Row(name: name, precision: c.precision, recall: c.recall, f1: c.f1, support: c.support) }
        let total = rows.reduce(0) { $0 + $1.support }
        classes = rows
        accuracy = scores.count > 0 ? scores.accuracy : 0
        macroAverage = Self.average(rows, "macro avg", weight: { _ in 1 }, over: Double(rows.count), support: total)
        weightedAverage = Self.average(rows, "weighted avg", weight: { Double($0.support) }, over: Double(total), support: total)
    }

    /// The `weight`-weighted mean of every figure of `rows`.
    private static func average(_ rows: [Row], _ name: String, weight: (Row) -> Double, over: Double, support: Int) -> Row {
        func mean(_ figure: (Row) -> Double) -> Double {
            over > 0 ? rows.reduce(0) { $0 + weight($1) * figure($1) } / over : 0
        }
        return Row(name: name, precision: mean(\.precision), recall: mean(\.recall), f1: mean(\.f1), support: support)
    }

    /// The text scikit-learn prints, with `digits` decimals.
    public func text(digits: Int = 2) -> String {
        let digits = Swift.max(0, Swift.min(digits, 15))
        let width = Swift.max(classes.map(\.name.count).max() ?? 0, "weighted avg".count, digits)
        func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - text.count)) + text }
        func number(_ value: Double) -> String { right(CFormat.string("%.\(digits)f", value), 9) }
        func line(_ row: Row) -> String {
            right(row.name, width) + " " + [number(row.precision), number(row.recall), number(row.f1), right(String(row.support), 9)]
                .map { " " + $0 }.joined()
        }
        var text = right("", width) + " " + ["precision", "recall", "f1-score", "support"].map { " " + right($0, 9) }.joined() + "\n\n"
        for row in classes { text += line(row) + "\n" }
        text += "\n"
        text += right("accuracy", width) + " " + " " + right("", 9) + " " + right("", 9) + " " + number(accuracy)
            + " " + right(String(macroAverage.support), 9) + "\n"
        text += line(macroAverage) + "\n" + line(weightedAverage) + "\n"
        return text
    }
}

extension Sequential {
    /// scikit-learn's classification report of the model's predictions on `data`, which is a
    /// classification set (the predictions are `classProbabilities`'s, as everywhere).
    public func report(_ data: Dataset, loss lossKind: LossKind? = nil) throws -> ClassificationReport {
        ClassificationReport(try classScores(data, loss: lossKind), classNames: data.classNames)
    }
}
