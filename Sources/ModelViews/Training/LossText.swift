import Foundation

/// The text form of a `LossCurve`: one sparkline per series and a summary
/// line ("loss 0.693 → 0.041, best at epoch 187").
enum LossText {
    static func render(_ chart: LossCurve, columns: Int) -> String {
        let c = chart.curves
        var lines: [String] = []
        if let title = chart.options.title { lines.append(title) }
        let labelWidth = 15
        let width = Swift.max(10, Swift.min(60, columns - labelWidth - 1))
        let lossExtent = CurvePanel.extent(c.loss + c.validationLoss)
        func row(_ name: String, _ values: [Double], lo: Double, hi: Double) {
            guard values.contains(where: \.isFinite) else { return }
            let pad = String(repeating: " ", count: Swift.max(1, labelWidth - name.count))
            lines.append(name + pad + Sparkline.line(values, width: width, lo: lo, hi: hi))
        }
        row("loss", c.loss, lo: lossExtent.lo, hi: lossExtent.hi)
        row("val loss", c.validationLoss, lo: lossExtent.lo, hi: lossExtent.hi)
        row("accuracy", c.accuracy, lo: 0, hi: 1)
        row("val accuracy", c.validationAccuracy, lo: 0, hi: 1)
        for line in summary(c).split(separator: "\n").map(String.init) { lines += wrap(line, columns: columns) }
        return lines.joined(separator: "\n")
    }

    /// "loss 0.693 → 0.041, best at epoch 187 (validation loss 0.052)", then
    /// the final accuracies on a second line.
    static func summary(_ c: TrainingCurves) -> String {
        let first = c.loss.first(where: \.isFinite), last = c.loss.last(where: \.isFinite)
        var text = "loss " + (first.map(Sparkline.number) ?? "?") + " → " + (last.map(Sparkline.number) ?? "?")
        if let best = c.bestEpoch {
            text += ", best at epoch \(best)"
            if c.bestIsValidation, best - 1 < c.validationLoss.count {
                text += " (validation loss \(Sparkline.number(c.validationLoss[best - 1])))"
            }
        }
        if let accuracy = c.accuracy.last(where: \.isFinite) {
            text += "\naccuracy " + percent(accuracy)
            if let v = c.validationAccuracy.last(where: \.isFinite) { text += " (validation " + percent(v) + ")" }
        }
        return text
    }

    /// `line` broken before " (" or after ", " so no piece is wider than `columns`.
    static func wrap(_ line: String, columns: Int) -> [String] {
        var rest = line, out: [String] = []
        while rest.count > columns {
            let head = String(rest.prefix(columns))
            guard let cut = [head.range(of: " (", options: .backwards), head.range(of: ", ", options: .backwards)]
                .compactMap({ $0 }).max(by: { $0.lowerBound < $1.lowerBound }), cut.lowerBound > head.startIndex else { break }
            let isComma = head[cut] == ", "
            out.append(String(head[..<(isComma ? cut.upperBound : cut.lowerBound)]).trimmingCharacters(in: .whitespaces))
            rest = String(rest[(isComma ? cut.upperBound : rest.index(after: cut.lowerBound))...])
        }
        out.append(String(rest.prefix(columns)))
        return out
    }

    static func percent(_ f: Double) -> String {
        let tenths = (f * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
    }
}
