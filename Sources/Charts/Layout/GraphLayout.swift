import Graphics

/// Geometry for a `NetworkDiagram`: box sizes from measured labels, layer
/// rows spaced to fit the canvas, x positions pulled toward neighbours, and
/// edges as polylines through dummy vertices, clipped to box borders.
struct GraphLayout {
    let chart: NetworkDiagram
    let size: Size
    let measurer: any TextMeasurer

    static let boxPadding = (x: 12.0, y: 7.0)
    static let dummyWidth = 10.0
    static let arrow = (length: 8.0, halfWidth: 3.5)

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        let style = TextStyle(size: theme.labelSize, color: theme.text)
        let lineHeight = style.lineHeight(measurer)
        let graph = LayeredGraph(nodeCount: chart.nodes.count, edges: chart.indexedEdges)
        let lines = chart.nodes.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var boxSize: [Int: Size] = [:]
        for (v, text) in lines.enumerated() {
            let width = text.map { style.metrics($0, measurer).width }.max() ?? 0
            boxSize[v] = Size(width: width + 2 * Self.boxPadding.x, height: Double(text.count) * lineHeight + 2 * Self.boxPadding.y)
        }
        func sizeOf(_ v: Int) -> Size { boxSize[v] ?? Size(width: Self.dummyWidth, height: 0) }

        let pad = CartesianFrame.padding
        var top = pad
        var out: [Node] = []
        if let title = chart.options.title {
            let t = TextStyle(size: theme.titleSize, weight: .bold, color: theme.text)
            out.append(t.run(TextFit.truncate(title, width: size.width - 2 * pad, style: t, measurer: measurer),
                             x: size.width / 2, top: pad, anchor: .middle, measurer: measurer))
            top += t.lineHeight(measurer) + 12
        }
        let area = Rect(x: pad, y: top, width: size.width - 2 * pad, height: size.height - top - pad)
        let rowHeights = graph.layers.map { $0.map { sizeOf($0).height }.max() ?? 0 }
        let gaps = Double(Swift.max(1, graph.layers.count - 1))
        let vGap = Swift.max(18, Swift.min(56, (area.height - rowHeights.reduce(0, +)) / gaps))
        var centers = positions(graph: graph, sizeOf: sizeOf, rowHeights: rowHeights, vGap: vGap)
        let minX = centers.map { $0.value.x - sizeOf($0.key).width / 2 }.min() ?? 0
        let maxX = centers.map { $0.value.x + sizeOf($0.key).width / 2 }.max() ?? 1
        let natural = Size(width: maxX - minX, height: rowHeights.reduce(0, +) + vGap * gaps)
        let scale = Swift.min(1, area.width / Swift.max(1, natural.width), area.height / Swift.max(1, natural.height))
        let offset = Point(area.minX + (area.width - natural.width * scale) / 2 - minX * scale,
                           area.minY + (area.height - natural.height * scale) / 2)
        for (v, c) in centers { centers[v] = Point(c.x * scale + offset.x, c.y * scale + offset.y) }
        func box(_ v: Int) -> Rect {
            let s = sizeOf(v), c = centers[v] ?? Point(0, 0)
            return Rect(x: c.x - s.width * scale / 2, y: c.y - s.height * scale / 2, width: s.width * scale, height: s.height * scale)
        }
        out += edgeNodes(graph: graph, centers: centers, box: box, scale: scale, theme: theme)
        var labelStyle = style
        labelStyle.size *= scale
        var from = [[Int]](repeating: [], count: chart.nodes.count), to = from
        for (a, b) in chart.indexedEdges where a < chart.nodes.count && b < chart.nodes.count {
            to[a].append(b); from[b].append(a)
        }
        for v in 0..<chart.nodes.count {
            let r = box(v)
            // A translucent tint of the first colour, not a mix with the paper: on the dark variant's
            // paper the box turns dark and its label (the theme's text colour) stays readable.
            out.append(.shape(Shape(Path.roundedRect(r, radius: 4 * scale), fill: .solid(theme.color(0).withAlpha(0.12)),
                                    stroke: .solid(theme.color(0)), strokeStyle: StrokeStyle(width: 1.25), title: nodeTitle(v, from: from[v], to: to[v]))))
            let first = r.center.y - Double(lines[v].count - 1) * lineHeight * scale / 2
            for (k, line) in lines[v].enumerated() {
                out.append(labelStyle.run(line, x: r.center.x, centerY: first + Double(k) * lineHeight * scale,
                                          anchor: .middle, measurer: measurer))
            }
        }
        return out
    }

    /// A node's hover text: its name and the nodes its edges come from and go to.
    private func nodeTitle(_ v: Int, from: [Int], to: [Int]) -> String {
        var parts = [chart.nodes[v]]
        if !from.isEmpty { parts.append("from " + from.map { chart.nodes[$0] }.joined(separator: ", ")) }
        if !to.isEmpty { parts.append("to " + to.map { chart.nodes[$0] }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// Unscaled centres: rows top to bottom, boxes packed left to right, then
    /// pulled toward the mean x of their neighbours while keeping order and gaps.
    private func positions(graph: LayeredGraph, sizeOf: (Int) -> Size, rowHeights: [Double], vGap: Double) -> [Int: Point] {
        let hGap = 22.0
        var x: [Int: Double] = [:]
        var neighbours: [Int: [Int]] = [:]
        for (a, b) in graph.segments { neighbours[a, default: []].append(b); neighbours[b, default: []].append(a) }
        for layer in graph.layers {
            var cursor = 0.0
            for v in layer { x[v] = cursor + sizeOf(v).width / 2; cursor += sizeOf(v).width + hGap }
            let shift = (cursor - hGap) / 2
            for v in layer { x[v, default: 0] -= shift }
        }
        for _ in 0..<6 {
            for layer in graph.layers {
                let desired = layer.map { v -> Double in
                    let ns = (neighbours[v] ?? []).compactMap { x[$0] }
                    return ns.isEmpty ? (x[v] ?? 0) : ns.reduce(0, +) / Double(ns.count)
                }
                var placed: [Double] = []
                for (i, v) in layer.enumerated() {
                    let minimum = i == 0 ? -Double.infinity
                        : placed[i - 1] + (sizeOf(layer[i - 1]).width + sizeOf(v).width) / 2 + hGap
                    placed.append(Swift.max(desired[i], minimum))
                }
                let drift = zip(placed, desired).map { $0 - $1 }.reduce(0, +) / Double(Swift.max(1, layer.count))
                for (i, v) in layer.enumerated() { x[v] = placed[i] - drift }
            }
        }
        var result: [Int: Point] = [:]
        var y = 0.0
        for (l, layer) in graph.layers.enumerated() {
            for v in layer { result[v] = Point(x[v] ?? 0, y + rowHeights[l] / 2) }
            y += rowHeights[l] + vGap
        }
        return result
    }

    private func edgeNodes(graph: LayeredGraph, centers: [Int: Point], box: (Int) -> Rect, scale: Double, theme: Theme) -> [Node] {
        var lines = Path(), heads = Path()
        let pairs = Set(graph.chains.filter { $0.count == 2 }.map { [$0[0], $0[1]] })
        for chain in graph.chains {
            var points = chain.compactMap { centers[$0] }
            guard points.count >= 2, let first = chain.first, let last = chain.last else { continue }
            points[0] = Self.border(box(first), from: points[1], center: points[0])
            points[points.count - 1] = Self.border(box(last), from: points[points.count - 2], center: points[points.count - 1])
            // Through dummy vertices: one smooth curve. Between two nodes joined both ways: two arcs.
            var pieces: [EdgeCurve.Piece] = []
            if points.count > 2 {
                pieces = EdgeCurve.through(points)
            } else if pairs.contains([last, first]) {
                pieces = [EdgeCurve.bowed(from: points[0], to: points[1], bow: 10 * scale)]
            }
            let tip = points[points.count - 1]
            let before = pieces.last?.control2 ?? points[points.count - 2]
            let dx = tip.x - before.x, dy = tip.y - before.y
            let length = Swift.max(1e-9, (dx * dx + dy * dy).squareRoot())
            let (ux, uy) = (dx / length, dy / length)
            let l = Self.arrow.length * Swift.max(0.6, scale), w = Self.arrow.halfWidth * Swift.max(0.6, scale)
            let base = Point(tip.x - ux * l, tip.y - uy * l)
            if pieces.isEmpty {
                points[points.count - 1] = base
                lines = Path(elements: lines.elements + PathKit.polyline(points).elements)
            } else {
                pieces[pieces.count - 1].to = base
                lines.move(to: points[0])
                for piece in pieces { lines.curve(to: piece.to, control1: piece.control1, control2: piece.control2) }
            }
            heads.move(to: tip)
            heads.line(to: Point(base.x - uy * w, base.y + ux * w))
            heads.line(to: Point(base.x + uy * w, base.y - ux * w))
            heads.close()
        }
        let color = theme.mutedText
        return [.shape(Shape(lines, stroke: .solid(color), strokeStyle: StrokeStyle(width: 1.25, join: .round))),
                .shape(Shape(heads, fill: .solid(color)))]
    }

    /// Where the segment from `outside` to the box centre crosses the box border.
    static func border(_ r: Rect, from outside: Point, center c: Point) -> Point {
        let dx = outside.x - c.x, dy = outside.y - c.y
        guard dx != 0 || dy != 0 else { return c }
        let tx = dx == 0 ? Double.infinity : (r.width / 2) / abs(dx)
        let ty = dy == 0 ? Double.infinity : (r.height / 2) / abs(dy)
        let t = Swift.min(1, Swift.min(tx, ty))
        return Point(c.x + dx * t, c.y + dy * t)
    }
}
