/// The text form of a model diagram: a vertical list of boxes joined by
/// arrows, each with the layer, its output shape and parameter count.
enum DiagramText {
    static func render(_ diagram: ModelDiagram, columns: Int) -> String {
        let width = Swift.max(24, Swift.min(columns, 64))
        var lines: [String] = []
        if let title = diagram.options.title { lines.append(title) }
        let inner = width - 4
        func box(_ left: String, _ right: String) {
            let rightPart = right.isEmpty ? "" : "  " + right
            let room = Swift.max(1, inner - rightPart.count)
            let leftPart = left.count > room ? String(left.prefix(room - 1)) + "…" : left
            let gap = String(repeating: " ", count: Swift.max(0, inner - leftPart.count - rightPart.count))
            lines.append("┌" + String(repeating: "─", count: inner + 2) + "┐")
            lines.append("│ " + leftPart + gap + rightPart + " │")
            lines.append("└" + String(repeating: "─", count: inner + 2) + "┘")
        }
        let arrow = String(repeating: " ", count: width / 2) + "↓"
        box("Input", LayerFacts.shapeText(diagram.inputShape))
        for f in diagram.facts {
            lines.append(arrow)
            let params = f.parameterCount > 0 ? Count.noun(f.parameterCount, "param") : "no params"
            box("\(f.index) \(f.title)", "\(f.shapeText)  \(params)")
        }
        lines.append(arrow)
        box("Output", LayerFacts.shapeText(diagram.facts.last?.outputShape))
        lines.append(diagram.caption)
        if diagram.style == .neurons {
            let weights = diagram.dense.reduce(0) { $0 + $1.weight.scalarCount }
            let positive = diagram.dense.reduce(0) { $0 + $1.weight.scalars.filter { $0 > 0 }.count }
            lines.append("Weights: \(Count.text(weights)) (\(Count.text(positive)) positive, \(Count.text(weights - positive)) negative or zero)")
        }
        return lines.joined(separator: "\n")
    }
}
