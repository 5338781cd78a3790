import Learn
import Script

/// `model.report(data)`: scikit-learn's classification report, shown as its text; `precision`,
/// `recall`, `f1`, `support` (per class), `classNames`, `accuracy`, `macroF1`, `weightedF1`
/// and `text`.
final class ReportValue: RichDisplayable {
    let report: ClassificationReport
    init(_ report: ClassificationReport) { self.report = report }

    var typeName: String { "ClassificationReport" }
    var description: String { report.text() }
    var memberNames: [String] { ["precision", "recall", "f1", "support", "classNames", "accuracy", "macroF1", "weightedF1", "text"] }

    func displayBundle() throws(ScriptError) -> DisplayBundle { .plain(report.text()) }

    func property(_ name: String) throws(ScriptError) -> Value? {
        let rows = report.classes
        switch name {
        case "precision": return .array(rows.map { .double($0.precision) })
        case "recall": return .array(rows.map { .double($0.recall) })
        case "f1": return .array(rows.map { .double($0.f1) })
        case "support": return .array(rows.map { .int($0.support) })
        case "classNames": return .array(rows.map { .string($0.name) })
        case "accuracy": return .double(report.accuracy)
        case "macroF1": return .double(report.macroAverage.f1)
        case "weightedF1": return .double(report.weightedAverage.f1)
        case "text": return .string(report.text())
        default: return nil
        }
    }
}
