/// Turns scene nodes into a PDF content stream (in CSS pixels with y down: the
/// page's first operator flips and scales to points). Shapes become path
/// operators with fill/stroke colours, alpha through graphics states and
/// gradients through shadings; groups become `q … Q` with `cm` and a clip, or a
/// transparency-group form when they have opacity; text becomes real text with
/// the embedded fonts, placed glyph by glyph as the rasterizer places it;
/// images become image XObjects.
final class PDFContent {
    private let resources: PDFResources
    private let fonts: FontBook
    private(set) var bytes: [UInt8] = []
    /// What the current graphics state already holds, so unchanged values are not repeated.
    private struct State {
        var fill: Color? = nil
        var stroke: Color? = nil
        var alpha = "1 1"
        /// The alphas `alpha` was written for.
        var alphas = (fill: 1.0, stroke: 1.0)
        /// The style the stroke operators were last written for.
        var strokeStyle: StrokeStyle?
        var lineWidth = 1.0
        var cap = 0, join = 0
        var miterLimit = 10.0
        var dash = ""
    }
    private var state = State()
    private var saved: [State] = []

    init(resources: PDFResources, fonts: FontBook) {
        self.resources = resources; self.fonts = fonts
    }

    func emit(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .shape(let shape): emit(shape)
            case .text(let run): emit(run)
            case .group(let group): emit(group)
            case .image(let image): emit(image)
            }
        }
    }

    // MARK: operators

    func op(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        bytes.append(0x0A)
    }

    private func number(_ v: Double) { SVGNumber.append(v, decimals: 2, to: &bytes) }

    private func numbers(_ values: Double..., op name: String) {
        for v in values { number(v); bytes.append(0x20) }
        bytes.append(contentsOf: name.utf8)
        bytes.append(0x0A)
    }

    /// `x y m` or `x y l` (`op`), the operators paths are mostly made of.
    private func point(_ x: Double, _ y: Double, _ op: Unicode.Scalar) {
        number(x); bytes.append(0x20); number(y); bytes.append(0x20)
        bytes.append(UInt8(ascii: op)); bytes.append(0x0A)
    }

    private func save() { op("q"); saved.append(state) }

    private func restore() {
        op("Q")
        if let last = saved.popLast() { state = last }
    }

    func transform(_ t: Transform) {
        guard !t.isIdentity else { return }
        op([t.a, t.b, t.c, t.d].map { PDFSyntax.number($0, decimals: 5) }.joined(separator: " ")
           + " " + PDFSyntax.number(t.e, decimals: 3) + " " + PDFSyntax.number(t.f, decimals: 3) + " cm")
    }

    private func setAlpha(fill: Double, stroke: Double) {
        guard state.alphas != (fill, stroke) else { return }
        state.alphas = (fill, stroke)
        let key = PDFSyntax.number(fill) + " " + PDFSyntax.number(stroke)
        guard key != state.alpha else { return }
        op("/\(resources.alphaState(fill: fill, stroke: stroke)) gs")
        state.alpha = key
    }

    private func setFill(_ c: Color) {
        guard state.fill.map({ $0.r == c.r && $0.g == c.g && $0.b == c.b }) != true else { return }
        op(PDFColor.components(c) + " rg")
        state.fill = c
    }

    private func setStroke(_ c: Color) {
        guard state.stroke.map({ $0.r == c.r && $0.g == c.g && $0.b == c.b }) != true else { return }
        op(PDFColor.components(c) + " RG")
        state.stroke = c
    }

    private func setStrokeStyle(_ s: StrokeStyle) {
        guard state.strokeStyle != s else { return }
        state.strokeStyle = s
        let width = s.width.isFinite ? Swift.max(0, s.width) : 0
        if width != state.lineWidth { numbers(width, op: "w"); state.lineWidth = width }
        let cap = s.cap == .butt ? 0 : s.cap == .round ? 1 : 2
        if cap != state.cap { op("\(cap) J"); state.cap = cap }
        let join = s.join == .miter ? 0 : s.join == .round ? 1 : 2
        if join != state.join { op("\(join) j"); state.join = join }
        let limit = s.miterLimit.isFinite && s.miterLimit >= 1 ? s.miterLimit : 4
        if s.join == .miter, limit != state.miterLimit { numbers(limit, op: "M"); state.miterLimit = limit }
        let pattern = Dasher.normalizedPattern(s.dash)
        let dash = pattern.isEmpty ? "[] 0 d"
            : "[" + pattern.map { PDFSyntax.number($0, decimals: 2) }.joined(separator: " ") + "] "
              + PDFSyntax.number(s.dashOffset.isFinite ? s.dashOffset : 0, decimals: 2) + " d"
        if dash != state.dash { op(dash); state.dash = dash }
    }

    // MARK: nodes

    private func path(_ p: Path) {
        var current = Point(0, 0), start = Point(0, 0)
        var open = false
        for element in p.elements {
            switch element {
            case .move(let q):
                point(q.x, q.y, "m"); current = q; start = q; open = true
            case .line(let q):
                if !open { point(current.x, current.y, "m"); open = true }
                point(q.x, q.y, "l"); current = q
            case .quad(let c, let q):
                if !open { point(current.x, current.y, "m"); open = true }
                let c1 = Point(current.x + 2 / 3 * (c.x - current.x), current.y + 2 / 3 * (c.y - current.y))
                let c2 = Point(q.x + 2 / 3 * (c.x - q.x), q.y + 2 / 3 * (c.y - q.y))
                numbers(c1.x, c1.y, c2.x, c2.y, q.x, q.y, op: "c"); current = q
            case .cubic(let c1, let c2, let q):
                if !open { point(current.x, current.y, "m"); open = true }
                numbers(c1.x, c1.y, c2.x, c2.y, q.x, q.y, op: "c"); current = q
            case .close:
                if open { op("h") }
                current = start; open = false
            }
        }
    }

    private func emit(_ shape: Shape) {
        guard !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
        let evenOdd = shape.fillRule == .evenOdd
        var fillSolid: Color? = nil
        if case .solid(let c)? = shape.fill { fillSolid = c }
        if case .linearGradient(let g)? = shape.fill {
            save()
            setAlpha(fill: 1, stroke: 1)
            path(shape.path)
            op(evenOdd ? "W* n" : "W n")
            if let bounds = Self.bounds(shape.path), let mask = resources.gradientAlphaState(g, bounds: bounds) {
                op("/\(mask) gs")
            }
            op("/\(resources.shading(g)) sh")
            restore()
        }
        var strokeColor: Color? = nil
        switch shape.stroke {
        case .solid(let c)?: strokeColor = c
        case .linearGradient(let g)?: strokeColor = g.stops.last?.color ?? .black
        case nil: break
        }
        let fill = fillSolid.flatMap { $0.alpha > 0 ? $0 : nil }
        let stroke = strokeColor.flatMap { $0.alpha > 0 && shape.strokeStyle.width > 0 ? $0 : nil }
        guard fill != nil || stroke != nil else { return }
        if let fill, stroke == nil, shape.fillRule == .nonZero, let dots = PDFDots.circles(shape.path) {
            emitDots(dots.centers, radius: dots.radius, color: fill)
            return
        }
        setAlpha(fill: fill?.alpha ?? 1, stroke: stroke?.alpha ?? 1)
        if let fill { setFill(fill) }
        if let stroke { setStroke(stroke); setStrokeStyle(shape.strokeStyle) }
        path(shape.path)
        switch (fill != nil, stroke != nil) {
        case (true, true): op(evenOdd ? "B*" : "B")
        case (true, false): op(evenOdd ? "f*" : "f")
        default: op("S")
        }
    }

    /// Filled discs as round-capped dots (`PDFDots`), one stroke for them all.
    private func emitDots(_ centers: [Point], radius: Double, color: Color) {
        setAlpha(fill: 1, stroke: color.alpha)
        setStroke(color)
        setStrokeStyle(StrokeStyle(width: 2 * radius, cap: .round, join: .round))
        for c in centers {
            point(c.x, c.y, "m")
            point(c.x, c.y, "l")
        }
        op("S")
    }

    /// The box holding every point of the path (its control points included).
    static func bounds(_ p: Path) -> Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for element in p.elements {
            let points: [Point]
            switch element {
            case .move(let q), .line(let q): points = [q]
            case .quad(let c, let q): points = [c, q]
            case .cubic(let c1, let c2, let q): points = [c1, c2, q]
            case .close: points = []
            }
            for q in points where q.x.isFinite && q.y.isFinite {
                minX = Swift.min(minX, q.x); maxX = Swift.max(maxX, q.x)
                minY = Swift.min(minY, q.y); maxY = Swift.max(maxY, q.y)
            }
        }
        guard minX <= maxX, minY <= maxY else { return nil }
        return Rect(x: minX - 1, y: minY - 1, width: maxX - minX + 2, height: maxY - minY + 2)
    }

    private func emit(_ group: Group) {
        guard group.opacity > 0 || group.opacity.isNaN else { return }
        save()
        transform(group.transform)
        if let r = group.clip {
            numbers(r.x, r.y, Swift.max(0, r.width), Swift.max(0, r.height), op: "re")
            op("W n")
        }
        if group.opacity < 1 {
            emitForm(group.children, opacity: group.opacity)
        } else {
            emit(group.children)
        }
        restore()
    }

    /// Children drawn as one transparency group, then painted with the group's opacity.
    private func emitForm(_ children: [Node], opacity: Double) {
        guard let box = NodeBounds(fonts: fonts).bounds(children, .identity), !box.isEmpty else { return }
        let inner = PDFContent(resources: resources, fonts: fonts)
        inner.emit(children)
        let bbox = [box.x0, box.y0, box.x1, box.y1].map(String.init).joined(separator: " ")
        let id = resources.document.addStream(
            "/Type /XObject /Subtype /Form /BBox [\(bbox)] /Group <</S /Transparency>> /Resources \(PDFSyntax.ref(resources.dictionaryID))",
            inner.bytes, compress: true)
        let name = resources.xObject(id, prefix: "X")
        setAlpha(fill: opacity, stroke: opacity)
        op("/\(name) Do")
    }

    private func emit(_ image: RasterImage) {
        let f = image.frame
        guard f.width != 0, f.height != 0, [f.x, f.y, f.width, f.height].allSatisfy(\.isFinite) else { return }
        let name = resources.xObject(PDFImage.add(image, to: resources.document), prefix: "Im")
        save()
        setAlpha(fill: 1, stroke: 1)
        transform(Transform(a: f.width, b: 0, c: 0, d: -f.height, e: f.x, f: f.y + f.height))
        op("/\(name) Do")
        restore()
    }

    private func emit(_ run: TextRun) {
        guard !run.text.isEmpty, run.color.alpha > 0 else { return }
        let line = fonts.layout(run.text, weight: run.weight)
        guard !line.glyphs.isEmpty else { return }
        let size = FontBook.finiteSize(run.size)
        let layout = TextLayout(run: run, fonts: fonts)
        let mainScale = size / Double(line.unitsPerEm)
        let dx = TextLayout.anchorShift(run.anchor, width: line.width * mainScale)
        // Text space: em units along the baseline, y up, placed as the rasterizer places the glyphs.
        let base = layout.placement.concatenating(.translate(dx, layout.baselineShift)).concatenating(.scale(size, -size))
        setAlpha(fill: run.color.alpha, stroke: 1)
        setFill(run.color)
        op("BT")
        var index = 0
        let glyphs = line.glyphs
        while index < glyphs.count {
            // One segment per run of glyphs from the same font.
            let slot = glyphs[index].slot
            var end = index
            while end < glyphs.count && glyphs[end].slot == slot { end += 1 }
            emitSegment(glyphs[index..<end], slot: slot, base: base, emPerUnit: 1 / Double(line.unitsPerEm))
            index = end
        }
        op("ET")
    }

    private func emitSegment(_ glyphs: ArraySlice<PlacedGlyph>, slot: FontSlot, base: Transform, emPerUnit: Double) {
        guard let first = glyphs.first, let font = fonts.font(slot) else { return }
        var codes: [(code: UInt16, x: Double, width: Double)] = []
        var resource: String?
        for g in glyphs {
            guard let entry = resources.fonts.code(g.glyph, scalar: g.scalar, slot: slot) else { continue }
            resource = entry.font
            codes.append((entry.code, g.x * emPerUnit, PDFFontSet.width(g.glyph, in: font) / 1000))
        }
        guard let resource, let start = codes.first?.x else { return }
        let t = base.concatenating(.translate(first.x * emPerUnit, 0))
        op("/\(resource) 1 Tf")
        op([t.a, t.b, t.c, t.d].map { PDFSyntax.number($0, decimals: 5) }.joined(separator: " ")
           + " " + PDFSyntax.number(t.e, decimals: 3) + " " + PDFSyntax.number(t.f, decimals: 3) + " Tm")
        // Glyphs advance by their /W widths; kerning and fallback scaling are TJ adjustments.
        var out = "["
        var pen = start
        var inString = false
        for (code, x, width) in codes {
            let adjustment = ((x - pen) * 1000 * 100).rounded() / 100
            if adjustment != 0 {
                if inString { out += ">"; inString = false }
                out += PDFSyntax.number(-adjustment, decimals: 2)
            }
            if !inString { out += "<"; inString = true }
            out += PDFSyntax.hex4(code)
            pen += adjustment / 1000 + width
        }
        if inString { out += ">" }
        op(out + "] TJ")
    }
}
