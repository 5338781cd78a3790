import Graphics

/// A directed graph in layers (Sugiyama): boxes sized to their labels
/// (a `\n` in a node name starts a new line), arrows ending at box borders.
public struct NetworkDiagram: Chart {
    public var options: ChartOptions
    public let nodes: [String]
    public let edges: [(from: String, to: String)]
    let indexedEdges: [(Int, Int)]

    public static let maxNodes = 500
    public static let maxEdges = 2000

    public init(nodes: [String], edges: [(String, String)],
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let check = DataCheck(chart: "NetworkDiagram")
        try check.nonEmpty(nodes, "nodes")
        try check.unique(nodes, "nodes")
        if nodes.count > Self.maxNodes {
            throw ChartError.outOfRange(chart: "NetworkDiagram", argument: "nodes.count", value: Double(nodes.count),
                                        allowed: "at most \(Self.maxNodes)")
        }
        if edges.count > Self.maxEdges {
            throw ChartError.outOfRange(chart: "NetworkDiagram", argument: "edges.count", value: Double(edges.count),
                                        allowed: "at most \(Self.maxEdges)")
        }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var indexed: [(Int, Int)] = []
        for (i, e) in edges.enumerated() {
            guard let a = index[e.0] else { throw ChartError.unknownNode(chart: "NetworkDiagram", argument: "edges", index: i, name: e.0) }
            guard let b = index[e.1] else { throw ChartError.unknownNode(chart: "NetworkDiagram", argument: "edges", index: i, name: e.1) }
            indexed.append((a, b))
        }
        self.options = ChartOptions(title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
        self.nodes = nodes
        self.edges = edges.map { (from: $0.0, to: $0.1) }
        self.indexedEdges = indexed
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        GraphLayout(chart: self, size: size, measurer: measurer).nodes()
    }

    /// Nodes in layer order, each followed by its outgoing edges, indented.
    public func text(columns: Int) -> String {
        var out: [String] = []
        if let title = options.title { out.append(title) }
        let graph = LayeredGraph(nodeCount: nodes.count, edges: indexedEdges)
        let flat: (String) -> String = { $0.split(separator: "\n").joined(separator: " · ") }
        for v in graph.layers.flatMap({ $0 }) where v < nodes.count {
            out.append(BlockText.pad(flat(nodes[v]), columns))
            for (a, b) in indexedEdges where a == v {
                out.append(BlockText.pad("  → " + flat(nodes[b]), columns))
            }
        }
        return BlockText.trimLines(out)
    }
}
