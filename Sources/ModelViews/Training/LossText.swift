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
        var rest = Array(line), out: [String] = []
        while rest.count > columns {
            let head = rest[..<columns]
            guard let cut = lastBreak(in: head), cut.offset > 0 else { break }
            let piece = head[..<(cut.isComma ? cut.offset + 2 : cut.offset)]
            out.append(String(piece).trimmingSpaces())
            rest = Array(rest[(cut.isComma ? cut.offset + 2 : cut.offset + 1)...])
        }
        out.append(String(rest.prefix(columns)))
        return out
    }

    /// The offset of the last " (" or ", " in `head`, and which one it is.
    static func lastBreak(in head: ArraySlice<Character>) -> (offset: Int, isComma: Bool)? {
        var i = head.count - 2
        while i >= 0 {
            let pair = (head[head.startIndex + i], head[head.startIndex + i + 1])
            if pair == (" ", "(") { return (i, false) }
            if pair == (",", " ") { return (i, true) }
            i -= 1
        }
        return nil
    }

    static func percent(_ f: Double) -> String {
        let tenths = (f * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
