import Charts
import Script

/// `NetworkDiagram(nodes:edges:)`: any directed graph, `edges: [("a", "b"), …]`, in layers.
/// (`NetworkDiagram(_ model)` is the Learn side's.)
enum NetworkDiagramBuiltins {
    static func install(into interpreter: Interpreter) {
        ChartConstructor.register("NetworkDiagram", [Parameter("nodes", type: "[String]"),
                                                     Parameter("edges", type: "[(String, String)]")],
                                  doc: "A directed graph laid out in layers; each edge is a (from, to) pair of node names.",
                                  into: interpreter) { arguments, options in
            try NetworkDiagram(nodes: try arguments.strings(0), edges: try edges(arguments, 1), title: options.title,
                               xLabel: options.xLabel, yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }

    static func edges(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [(String, String)] {
        guard case .array(let items) = arguments[index] else {
            throw ChartArguments.mismatch(arguments, index, expected: "[(String, String)]")
        }
        var result: [(String, String)] = []
        for (position, item) in items.enumerated() {
            guard case .tuple(let pair) = item, pair.elements.count == 2,
                  case .string(let from) = pair.elements[0], case .string(let to) = pair.elements[1] else {
                throw ScriptError(kind: .type, message: "NetworkDiagram: edges[\(position)] must be a (String, String) "
                                  + "pair (got '\(item.typeName)')")
            }
            result.append((from, to))
        }
        return result
    }
}
