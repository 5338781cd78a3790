/// Renders a `Scene` to anti-aliased pixels: paths are flattened (and
/// stroked, dashed) in geometry code, then scan-converted with exact area
/// coverage and composited source-over; group opacity uses offscreen layers.
public struct Rasterizer: Sendable {
    public let fonts: FontBook
    /// Curves are flattened to within this many device pixels.
    static let tolerance = 0.1
    /// The largest canvas side in device pixels.
    public static let maxSide = 16_384

    public init(fonts: FontBook) { self.fonts = fonts }

    /// Draws the scene at `scale` device pixels per CSS pixel (2 for crisp displays).
    public func render(_ scene: Scene, scale: Double = 2) -> Pixmap {
        let s = scale.isFinite && scale > 0 ? Swift.min(scale, 64) : 1
        func side(_ v: Double) -> Int {
            guard v.isFinite, v > 0 else { return 1 }
            return Int(Swift.min(Double(Self.maxSide), Swift.max(1, (v * s).rounded(.up))))
        }
        let background = scene.background.map(PaintSource.premultiply) ?? (0, 0, 0, 0)
        var pixmap = Pixmap(width: side(scene.width), height: side(scene.height), filledWith: background)
        let context = RenderContext(fonts: fonts)
        context.draw(scene.nodes, transform: .scale(s, s), clip: pixmap.bounds, into: &pixmap)
        return pixmap
    }
}

/// The mutable state of one render: the reusable coverage buffer.
final class RenderContext {
    let fonts: FontBook
    let mask = CoverageMask()

    init(fonts: FontBook) { self.fonts = fonts }

    func draw(_ nodes: [Node], transform: Transform, clip: PixelRect, into target: inout Pixmap) {
        for node in nodes {
            switch node {
            case .shape(let shape): draw(shape, transform, clip, &target)
            case .text(let run): draw(run, transform, clip, &target)
            case .group(let group): draw(group, transform, clip, &target)
            }
        }
    }

    private func draw(_ shape: Shape, _ t: Transform, _ clip: PixelRect, _ target: inout Pixmap) {
        if let fill = shape.fill {
            let polygons = Flattener.flatten(shape.path, transform: t, tolerance: Rasterizer.tolerance).map(\.points)
            fillPolygons(polygons, PaintSource(fill, userToDevice: t), shape.fillRule, clip, &target)
        }
        if let stroke = shape.stroke {
            let scale = Self.scaleFactor(t)
            guard scale > 0, scale.isFinite else { return }
            let tol = Rasterizer.tolerance / scale
            let lines = Flattener.flatten(shape.path, tolerance: tol)
            let style = shape.strokeStyle
            let pieces = Dasher.dash(lines, pattern: style.dash, offset: style.dashOffset) ?? lines
            let polygons = Stroker(style: style, tolerance: tol).stroke(pieces).map { $0.map(t.apply) }
            fillPolygons(polygons, PaintSource(stroke, userToDevice: t), .nonZero, clip, &target)
        }
    }

    private func draw(_ run: TextRun, _ t: Transform, _ clip: PixelRect, _ target: inout Pixmap) {
        guard !run.text.isEmpty, run.color.alpha > 0 else { return }
        let outline = TextLayout(run: run, fonts: fonts).outline()
        let polygons = Flattener.flatten(outline, transform: t, tolerance: Rasterizer.tolerance).map(\.points)
        fillPolygons(polygons, PaintSource(.solid(run.color), userToDevice: t), .nonZero, clip, &target)
    }

    private func draw(_ group: Group, _ t: Transform, _ clip: PixelRect, _ target: inout Pixmap) {
        let inner = t.concatenating(group.transform)
        var box = clip
        if let r = group.clip { box = box.intersection(Self.deviceBounds(r, inner)) }
        guard !box.isEmpty, group.opacity > 0 else { return }
        let opacity = Int((Swift.min(1, group.opacity) * 255).rounded())
        let axisAligned = (inner.b == 0 && inner.c == 0) || (inner.a == 0 && inner.d == 0)
        let exactClip = group.clip.flatMap { axisAligned ? nil : $0 }
        if exactClip == nil, opacity >= 255 {
            draw(group.children, transform: inner, clip: box, into: &target)
            return
        }
        // Children go to an offscreen layer covering only what they can touch.
        guard let touched = NodeBounds(fonts: fonts).bounds(group.children, inner) else { return }
        box = box.intersection(touched)
        guard !box.isEmpty else { return }
        var layer = Pixmap(width: box.width, height: box.height)
        let origin = (x: box.x0, y: box.y0)
        let shift = Transform.translate(Double(-box.x0), Double(-box.y0))
        draw(group.children, transform: shift.concatenating(inner), clip: layer.bounds, into: &layer)
        guard let r = exactClip else {
            SpanBlender.composite(layer, at: origin, over: &target, rect: box, opacity: opacity)
            return
        }
        // A rotated or skewed clip: keep only the clip polygon's coverage.
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        guard mask.rasterize([corners.map(inner.apply)], clip: box) else { return }
        let maskBox = mask.box
        for y in 0..<maskBox.height {
            guard let range = mask.row(y, rule: .nonZero) else { continue }
            let coverage = mask.coverage
            SpanBlender.compositeRow(layer, at: origin, over: &target, y: maskBox.y0 + y,
                                     columns: (maskBox.x0 + range.lowerBound)..<(maskBox.x0 + range.upperBound)) { x in
                SpanBlender.div255(Int(coverage[x - maskBox.x0] * 255 + 0.5) * opacity)
            }
        }
    }

    private func fillPolygons(_ polygons: [[Point]], _ paint: PaintSource, _ rule: FillRule,
                              _ clip: PixelRect, _ target: inout Pixmap) {
        guard mask.rasterize(polygons, clip: clip) else { return }
        let box = mask.box
        for y in 0..<box.height {
            guard let range = mask.row(y, rule: rule) else { continue }
            SpanBlender.blend(paint, coverage: mask.coverage, range: range, x0: box.x0, y: box.y0 + y, into: &target)
        }
    }

    /// How much the transform enlarges lengths (its largest column norm).
    static func scaleFactor(_ t: Transform) -> Double {
        Swift.max((t.a * t.a + t.b * t.b).squareRoot(), (t.c * t.c + t.d * t.d).squareRoot())
    }

    /// The pixel box of a user-space rectangle under `t` (its transformed bounding box).
    static func deviceBounds(_ r: Rect, _ t: Transform) -> PixelRect {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)].map(t.apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max(),
              x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { return PixelRect(x0: 0, y0: 0, x1: 0, y1: 0) }
        return PixelRect.rounding(minX: x0, minY: y0, maxX: x1, maxY: y1)
    }
}
