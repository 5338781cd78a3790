/// A conservative device-space bounding box of nodes, so offscreen layers
/// (group opacity, rotated clips) only cover what their children can touch.
struct NodeBounds {
    let fonts: FontBook

    /// The pixels `nodes` may touch under `t`, or nil when they touch none.
    func bounds(_ nodes: [Node], _ t: Transform) -> PixelRect? {
        var result: PixelRect? = nil
        for node in nodes {
            guard let b = bounds(node, t), !b.isEmpty else { continue }
            result = result.map { PixelRect(x0: min($0.x0, b.x0), y0: min($0.y0, b.y0), x1: max($0.x1, b.x1), y1: max($0.y1, b.y1)) } ?? b
        }
        return result
    }

    private func bounds(_ node: Node, _ t: Transform) -> PixelRect? {
        switch node {
        case .shape(let shape):
            var pad = 1.0
            if shape.stroke != nil {
                let w = shape.strokeStyle.width.isFinite ? max(0, shape.strokeStyle.width) : 0
                let reach = shape.strokeStyle.join == .miter ? max(1, min(shape.strokeStyle.miterLimit, 100)) : 1
                pad += w / 2 * max(reach, 1.5) * RenderContext.scaleFactor(t)
            }
            var extent = Extent()
            for element in shape.path.elements {
                switch element {
                case .move(let p), .line(let p): extent.add(t.apply(p))
                case .quad(let c, let p): extent.add(t.apply(c)); extent.add(t.apply(p))
                case .cubic(let c1, let c2, let p): extent.add(t.apply(c1)); extent.add(t.apply(c2)); extent.add(t.apply(p))
                case .close: break
                }
            }
            return extent.box(pad: pad)
        case .text(let run):
            let m = fonts.measure(run.text, size: run.size, weight: run.weight)
            let layout = TextLayout(run: run, fonts: fonts)
            let x0 = TextLayout.anchorShift(run.anchor, width: m.width), shift = layout.baselineShift
            let corners = [Point(x0, shift - m.ascent), Point(x0 + m.width, shift - m.ascent),
                           Point(x0 + m.width, shift + m.descent), Point(x0, shift + m.descent)]
            // Glyphs may overhang their advance a little (italics-free DejaVu: under half an em).
            return box(corners.map { t.concatenating(layout.placement).apply($0) }, pad: 1 + FontBook.finiteSize(run.size) * RenderContext.scaleFactor(t) / 2)
        case .image(let image):
            return box(Path.rect(image.frame).elements.flatMap(Self.points).map(t.apply), pad: 1)
        case .group(let group):
            let inner = t.concatenating(group.transform)
            guard var b = bounds(group.children, inner) else { return nil }
            if let clip = group.clip { b = b.intersection(RenderContext.deviceBounds(clip, inner)) }
            return b.isEmpty ? nil : b
        }
    }

    private static func points(_ e: Path.Element) -> [Point] {
        switch e {
        case .move(let p), .line(let p): return [p]
        case .quad(let c, let p): return [c, p]
        case .cubic(let c1, let c2, let p): return [c1, c2, p]
        case .close: return []
        }
    }

    private func box(_ points: [Point], pad: Double) -> PixelRect? {
        var extent = Extent()
        for p in points { extent.add(p) }
        return extent.box(pad: pad)
    }

    /// The smallest box holding the finite points added, widened by a pad and rounded out to pixels.
    private struct Extent {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity

        mutating func add(_ p: Point) {
            guard p.x.isFinite, p.y.isFinite else { return }
            x0 = min(x0, p.x); x1 = max(x1, p.x); y0 = min(y0, p.y); y1 = max(y1, p.y)
        }

        func box(pad: Double) -> PixelRect? {
            guard x0 <= x1 else { return nil }
            func clamp(_ v: Double) -> Int { Int(max(-1e9, min(1e9, v))) }
            return PixelRect(x0: clamp((x0 - pad).rounded(.down)), y0: clamp((y0 - pad).rounded(.down)),
                             x1: clamp((x1 + pad).rounded(.up)), y1: clamp((y1 + pad).rounded(.up)))
        }
    }
}
