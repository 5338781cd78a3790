import Platform

/// The mutable state of one render (or one band of it): the reusable coverage
/// buffer and fast-path scratch. Not shared between threads: each band has its own.
final class RenderContext {
    let fonts: FontBook
    let mask = CoverageMask()
    let rectFiller = RectFiller()
    let rectUnion = AlignedRectUnion()
    let dotStamps = DotStamps()

    init(fonts: FontBook) { self.fonts = fonts }

    /// Draws `nodes` inside `clip`, writing only the target's rows. All geometry (mask
    /// boxes, layer boxes, culling) follows `clip` alone, so every row comes out the same
    /// whichever band of rows the target holds.
    func draw(_ nodes: [Node], transform: Transform, clip: PixelRect, into target: RasterTarget) {
        guard !target.rows(within: clip.y0, clip.y1).isEmpty, clip.x0 < clip.x1 else { return }
        for (index, node) in nodes.enumerated() {
            // An interrupted cell's picture is not used (its owner checks): stop drawing it.
            if index & 255 == 255 && Interrupt.isRequested { return }
            switch node {
            case .shape(let shape): draw(shape, transform, clip, target)
            case .text(let run): draw(run, transform, clip, target)
            case .group(let group): draw(group, transform, clip, target)
            case .image(let image): draw(image, transform, clip, target)
            }
        }
    }

    private func draw(_ shape: Shape, _ t: Transform, _ clip: PixelRect, _ target: RasterTarget) {
        if target.rows.lowerBound > clip.y0 || target.rows.upperBound < clip.y1,
           Self.misses(target.rows, shape, t) { return }
        if let fill = shape.fill, let dots = shape.path.circles,
           dotStamps.rasterize(centers: dots.centers, radius: dots.radius, transform: t, clip: clip, rows: target.rows, into: mask) {
            blendMask(PaintSource(fill, userToDevice: t), shape.fillRule, target)
        } else if let fill = shape.fill, let rect = RectFiller.deviceRect(shape.path, t) {
            rectFiller.fill(rect, PaintSource(fill, userToDevice: t), clip, into: target)
        } else if let fill = shape.fill, shape.fillRule == .nonZero, let rects = AlignedRectUnion.pixelRects(shape.path, t) {
            rectUnion.fill(rects, PaintSource(fill, userToDevice: t), clip, into: target)
        } else if let fill = shape.fill, let rects = DeviceRects.disjoint(shape.path, t) {
            let paint = PaintSource(fill, userToDevice: t)
            for r in rects { rectFiller.fill((r.minX, r.minY, r.maxX, r.maxY), paint, clip, into: target) }
        } else if let fill = shape.fill {
            let polygons = Flattener.flatten(shape.path, transform: t, tolerance: Rasterizer.tolerance,
                                             cull: Self.rect(clip)).map(\.points)
            fillPolygons(polygons, PaintSource(fill, userToDevice: t), shape.fillRule, clip, target)
        }
        if let stroke = shape.stroke {
            let style = shape.strokeStyle
            // Zero-length round-capped strokes are dots of the stroke's width: stamped like filled circles.
            if style.cap == .round, style.dash.isEmpty, style.width.isFinite, style.width > 0,
               let points = shape.path.zeroLengthPoints,
               dotStamps.rasterize(centers: points, radius: style.width / 2, transform: t, clip: clip, rows: target.rows, into: mask) {
                blendMask(PaintSource(stroke, userToDevice: t), .nonZero, target)
                return
            }
            let scale = Self.scaleFactor(t)
            guard scale > 0, scale.isFinite else { return }
            let tol = Rasterizer.tolerance / scale
            let reach = Swift.max(style.width.isFinite ? style.width : 0, 0) * Swift.max(style.miterLimit.isFinite ? style.miterLimit : 4, 1) + 2 * tol
            let lines = Flattener.flatten(shape.path, tolerance: tol, cull: Self.userRect(clip, t, margin: reach))
            let pieces = Dasher.dash(lines, pattern: style.dash, offset: style.dashOffset) ?? lines
            var polygons = Stroker(style: style, tolerance: tol).stroke(pieces)
            for i in polygons.indices {
                polygons[i].withUnsafeMutableBufferPointer { points in
                    for j in points.indices { points[j] = t.apply(points[j]) }
                }
            }
            fillPolygons(polygons, PaintSource(stroke, userToDevice: t), .nonZero, clip, target)
        }
    }

    /// An image is its frame rectangle filled with the sampled pixels (edges anti-aliased
    /// like any rectangle's; a rotated frame goes through the coverage mask).
    private func draw(_ image: RasterImage, _ t: Transform, _ clip: PixelRect, _ target: RasterTarget) {
        let frame = Shape(.rect(image.frame), fill: .solid(.black))
        if target.rows.lowerBound > clip.y0 || target.rows.upperBound < clip.y1,
           Self.misses(target.rows, frame, t) { return }
        guard let sampler = ImageSampler(image, userToDevice: t) else { return }
        let paint = PaintSource(image: sampler)
        if let rect = RectFiller.deviceRect(frame.path, t) {
            rectFiller.fill(rect, paint, clip, into: target)
        } else {
            let polygons = Flattener.flatten(frame.path, transform: t, tolerance: Rasterizer.tolerance,
                                             cull: Self.rect(clip)).map(\.points)
            fillPolygons(polygons, paint, .nonZero, clip, target)
        }
    }

    private func draw(_ run: TextRun, _ t: Transform, _ clip: PixelRect, _ target: RasterTarget) {
        guard !run.text.isEmpty, run.color.alpha > 0 else { return }
        let outline = TextLayout(run: run, fonts: fonts).outline()
        let polygons = Flattener.flatten(outline, transform: t, tolerance: Rasterizer.tolerance, cull: Self.rect(clip)).map(\.points)
        fillPolygons(polygons, PaintSource(.solid(run.color), userToDevice: t), .nonZero, clip, target)
    }

    private func draw(_ group: Group, _ t: Transform, _ clip: PixelRect, _ target: RasterTarget) {
        let inner = t.concatenating(group.transform)
        var box = clip
        if let r = group.clip { box = box.intersection(Self.deviceBounds(r, inner)) }
        guard !box.isEmpty, group.opacity > 0, !target.rows(within: box.y0, box.y1).isEmpty else { return }
        let opacity = Int((Swift.min(1, group.opacity) * 255).rounded())
        // A clip whose edges fall on pixel boundaries is just a pixel box; any other
        // (fractional, rotated or skewed) is applied through its coverage mask.
        let exactClip = group.clip.flatMap { Self.isPixelAligned($0, inner) ? nil : $0 }
        if exactClip == nil, opacity >= 255 {
            draw(group.children, transform: inner, clip: box, into: target)
            return
        }
        if exactClip == nil, let dots = Self.dotUnion(group.children, opacity: group.opacity) {
            draw(dots, inner, box, target)
            return
        }
        // Children go to an offscreen layer covering only what they can touch (and of
        // that, only the target's rows; the layer's geometry is the whole box's).
        guard let touched = NodeBounds(fonts: fonts).bounds(group.children, inner) else { return }
        box = box.intersection(touched)
        let bandRows = target.rows(within: box.y0, box.y1)
        guard !box.isEmpty, !bandRows.isEmpty else { return }
        let layerRows = (bandRows.lowerBound - box.y0)..<(bandRows.upperBound - box.y0)
        var storage = [UInt8](repeating: 0, count: box.width * layerRows.count * 4)
        storage.withUnsafeMutableBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            let layer = RasterTarget(first: first, width: box.width, rows: layerRows)
            let origin = (x: box.x0, y: box.y0)
            let shift = Transform.translate(Double(-box.x0), Double(-box.y0))
            draw(group.children, transform: shift.concatenating(inner),
                 clip: PixelRect(x0: 0, y0: 0, x1: box.width, y1: box.height), into: layer)
            guard let r = exactClip else {
                SpanBlender.composite(layer, at: origin, over: target, rect: box, opacity: opacity)
                return
            }
            // A rotated or skewed clip: keep only the clip polygon's coverage.
            let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
            guard mask.rasterize([corners.map(inner.apply)], clip: box, rows: target.rows) else { return }
            let maskBox = mask.box
            let coverage = mask.coverage
            for y in mask.rows {
                mask.forEachRun(y, rule: .nonZero) { range in
                    SpanBlender.compositeRow(layer, at: origin, over: target, y: maskBox.y0 + y,
                                             columns: (maskBox.x0 + range.lowerBound)..<(maskBox.x0 + range.upperBound)) { x in
                        SpanBlender.div255(SpanBlender.alpha(coverage[x - maskBox.x0]) * opacity)
                    }
                }
            }
        }
    }

    /// Opaque dots of one colour and radius (a scatter plot's titled points, one shape each)
    /// in a translucent group look like their union filled at the group's opacity: one path
    /// of all the circles (all turn the same way, so overlaps add up), drawn without a layer.
    /// The only difference is at edges where dots overlap within a pixel (coverage summed
    /// rather than composited). Nil when the children are anything else.
    static func dotUnion(_ children: [Node], opacity: Double) -> Shape? {
        guard children.count > 1, case .shape(let first)? = children.first, case .solid(let color)? = first.fill,
              color.alpha >= 1 else { return nil }
        var elements: [Path.Element] = []
        elements.reserveCapacity(children.count * 6)
        for child in children {
            guard case .shape(let shape) = child, shape.fill == first.fill, shape.stroke == nil,
                  shape.fillRule == .nonZero, shape.path.elements.count == 6 else { return nil }
            elements += shape.path.elements
        }
        let union = Path(elements: elements)
        guard union.circles != nil else { return nil }
        return Shape(union, fill: .solid(color.withAlpha(opacity)))
    }

    private func fillPolygons(_ polygons: [[Point]], _ paint: PaintSource, _ rule: FillRule,
                              _ clip: PixelRect, _ target: RasterTarget) {
        guard mask.rasterize(polygons, clip: clip, rows: target.rows) else { return }
        blendMask(paint, rule, target)
    }

    /// Blends `paint` through the coverage the mask accumulated.
    private func blendMask(_ paint: PaintSource, _ rule: FillRule, _ target: RasterTarget) {
        let box = mask.box, coverage = mask.coverage
        for y in mask.rows {
            mask.forEachRun(y, rule: rule) { range in
                SpanBlender.blend(paint, coverage: coverage, range: range, x0: box.x0, y: box.y0 + y, into: target)
            }
        }
    }

    /// Whether the shape surely touches none of `rows` (so a band can skip its geometry):
    /// its control points' hull holds every curve, and a stroke reaches at most
    /// `width × miterLimit` (plus flattening slack) from the path, which `t` stretches
    /// vertically by at most √(b² + d²).
    static func misses(_ rows: Range<Int>, _ shape: Shape, _ t: Transform) -> Bool {
        var minY = Double.infinity, maxY = -Double.infinity
        func add(_ p: Point) {
            let y = t.b * p.x + t.d * p.y + t.f
            minY = Swift.min(minY, y); maxY = Swift.max(maxY, y)
        }
        for element in shape.path.elements {
            switch element {
            case .move(let p), .line(let p): add(p)
            case .quad(let c, let p): add(c); add(p)
            case .cubic(let c1, let c2, let p): add(c1); add(c2); add(p)
            case .close: break
            }
        }
        guard minY.isFinite, maxY.isFinite else { return minY > maxY }
        var pad = 1.0
        if shape.stroke != nil {
            let style = shape.strokeStyle, scale = scaleFactor(t)
            let width = Swift.max(style.width.isFinite ? style.width : 0, 0)
            let reach = width * Swift.max(style.miterLimit.isFinite ? style.miterLimit : 4, 1) + 2 * Rasterizer.tolerance / scale
            pad += reach * (t.b * t.b + t.d * t.d).squareRoot()
            guard pad.isFinite else { return false }
        }
        return maxY + pad < Double(rows.lowerBound) || minY - pad > Double(rows.upperBound)
    }

    static func rect(_ p: PixelRect) -> Rect {
        Rect(x: Double(p.x0), y: Double(p.y0), width: Double(p.width), height: Double(p.height))
    }

    /// The user-space box that maps into the pixel box under `t`, widened by `margin`; nil if `t` is singular.
    static func userRect(_ p: PixelRect, _ t: Transform, margin: Double) -> Rect? {
        guard let inverse = t.inverted else { return nil }
        let corners = [Point(Double(p.x0), Double(p.y0)), Point(Double(p.x1), Double(p.y0)),
                       Point(Double(p.x1), Double(p.y1)), Point(Double(p.x0), Double(p.y1))].map(inverse.apply)
        guard let x0 = corners.map(\.x).min(), let x1 = corners.map(\.x).max(),
              let y0 = corners.map(\.y).min(), let y1 = corners.map(\.y).max(), x0.isFinite, y0.isFinite,
              x1.isFinite, y1.isFinite else { return nil }
        return Rect(x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin)
    }

    /// Whether the rectangle maps to a pixel-aligned, axis-aligned box under `t`.
    static func isPixelAligned(_ r: Rect, _ t: Transform) -> Bool {
        let axisAligned = (t.b == 0 && t.c == 0) || (t.a == 0 && t.d == 0)
        guard axisAligned else { return false }
        let corners = [t.apply(Point(r.minX, r.minY)), t.apply(Point(r.maxX, r.maxY))]
        return corners.allSatisfy { abs($0.x - $0.x.rounded()) < 1e-6 && abs($0.y - $0.y.rounded()) < 1e-6 }
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
        return PixelRect.covering(minX: x0, minY: y0, maxX: x1, maxY: y1)
    }
}
