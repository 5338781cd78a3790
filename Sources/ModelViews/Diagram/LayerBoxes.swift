import Charts
import Graphics

/// The layer view: Charts' layered graph of one box per layer between an
/// input and an output box, with the parameter total as a caption.
struct LayerBoxes {
    let diagram: ModelDiagram

    /// Box texts, top to bottom: input, each layer, output.
    var boxes: [String] {
        var out = ["Input\n" + LayerFacts.shapeText(diagram.inputShape)]
        for f in diagram.facts {
            let params = f.parameterCount > 0 ? "\n" + Count.noun(f.parameterCount, "parameter") : ""
            out.append("\(f.index) \(f.title)\n\(f.shapeText)" + params)
        }
        out.append("Output\n" + LayerFacts.shapeText(diagram.facts.last?.outputShape))
        return out
    }

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = diagram.options.theme.theme
        let note = Label(size: theme.labelSize, color: theme.mutedText)
        let captionHeight = note.lineHeight(measurer) + 10
        let names = boxes
        let edges = zip(names, names.dropFirst()).map { ($0, $1) }
        var out: [Node] = []
        if var graph = try? NetworkDiagram(nodes: names, edges: edges, title: diagram.options.title,
                                           width: size.width, height: size.height) {
            graph.options.theme = diagram.options.theme
            out = graph.nodes(size: Size(width: size.width, height: size.height - captionHeight), measurer: measurer)
        }
        out.append(note.run(diagram.caption, x: size.width / 2, centerY: size.height - PanelStack.padding - captionHeight / 2 + 6,
                            anchor: .middle, measurer: measurer))
        return out
    }
}
