import Platform

/// Walks a scene and produces the SVG body and `<defs>`; run once to count
/// styles and once to write with the resulting classes.
struct SVGSceneEmitter {
    let textAsPaths: Bool
    let fonts: FontBook?
    /// Only tally styles (the first pass), without writing path data.
    var countOnly = false
    var styles: SVGStyleSheet
    /// Prepended to `<defs>` ids so inlined SVGs do not collide.
    let prefix: String
    var body = ""
    var defs = ""
    var hasText = false
    private var gradientIDs: [LinearGradient: String] = [:]
    private var clipIDs: [Rect: String] = [:]
    private var depth = 0
    private var lastShapeStyle: (paint: ShapePaint, key: String, attributes: String)?

    init(textAsPaths: Bool, fonts: FontBook?, styles: SVGStyleSheet, prefix: String) {
        self.textAsPaths = textAsPaths; self.fonts = fonts; self.styles = styles; self.prefix = prefix
    }

    mutating func emit(_ nodes: [Node]) {
        for (index, node) in nodes.enumerated() {
            // An interrupted cell's picture is not used (its owner checks): stop writing it.
            if index & 255 == 255 && Interrupt.isRequested { return }
            switch node {
            case .shape(let shape): emitShape(shape)
            case .text(let run): emitText(run)
            case .group(let group): emitGroup(group)
            case .image(let image): emitImage(image)
            }
        }
    }

    private mutating func line(_ s: String) {
        indent()
        body += s
        body += "\n"
    }

    private mutating func indent() {
        for _ in 0..<depth { body += " " }
    }

    private mutating func emitShape(_ shape: Shape) {
        guard !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
        let style = shapeStyle(shape)
        styles.count(key: style.key)
        if countOnly { return }
        indent()
        body += "<path d=\""
        body += SVGPathData.encode(shape.path)
        body += "\""
        body += style.attributes
        if let title = shape.title, !title.isEmpty {
            body += "><title>"
            body += XMLEscaping.escape(title)
            body += "</title></path>\n"
        } else {
            body += "/>\n"
        }
    }

    /// How a shape's paint is written: its style's key in the style sheet and, when writing, its
    /// attributes. Plots are runs of alike shapes (a scatter plot's dots), so the last shape's is kept.
    private mutating func shapeStyle(_ shape: Shape) -> (key: String, attributes: String) {
        let paint = ShapePaint(fill: shape.fill, evenOdd: shape.fill != nil && shape.fillRule == .evenOdd, stroke: shape.stroke,
                               strokeStyle: shape.stroke == nil ? nil : shape.strokeStyle)
        if let last = lastShapeStyle, last.paint == paint { return (last.key, last.attributes) }
        var style: SVGStyleSheet.Style = []
        if let fill = shape.fill { style += paintStyle(fill, property: "fill") } else { style.append(("fill", "none")) }
        if paint.evenOdd { style.append(("fill-rule", "evenodd")) }
        if let stroke = shape.stroke {
            style += paintStyle(stroke, property: "stroke")
            style += Self.strokeStyle(shape.strokeStyle)
        }
        let key = SVGStyleSheet.css(style)
        let attributes = countOnly ? "" : styles.attributes(style, key: key)
        lastShapeStyle = (paint, key, attributes)
        return (key, attributes)
    }

    /// What decides a shape's style.
    private struct ShapePaint: Equatable {
        let fill: Paint?
        let evenOdd: Bool
        let stroke: Paint?
        let strokeStyle: StrokeStyle?
    }

    /// One `<image>` holding the pixels as a PNG data URL, stretched over the frame; nearest
    /// neighbour images ask for `pixelated` scaling (and `optimizeSpeed`, its SVG 1.1 name).
    private mutating func emitImage(_ image: RasterImage) {
        let f = image.frame
        guard f.width != 0, f.height != 0, !countOnly else { return }
        let x = Swift.min(f.minX, f.maxX), y = Swift.min(f.minY, f.maxY)
        var flip = ""
        if f.width < 0 || f.height < 0 {
            let sx = f.width < 0 ? -1.0 : 1, sy = f.height < 0 ? -1.0 : 1
            let c = f.center
            let t = Transform.translate(c.x, c.y).concatenating(.scale(sx, sy)).concatenating(.translate(-c.x, -c.y))
            flip = " transform=\"\(Self.transform(t))\""
        }
        let png = ImagePNG.encode(image.reducedForEmbedding(density: SVGWriter.imageDensity))
        let rendering = image.interpolation == .nearest
            ? " image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\"" : ""
        line("<image x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" width=\"\(SVGNumber.format(abs(f.width)))\" height=\"\(SVGNumber.format(abs(f.height)))\" preserveAspectRatio=\"none\"\(rendering)\(flip) href=\"data:image/png;base64,\(Base64.encode(png))\"/>")
    }

    private mutating func emitText(_ run: TextRun) {
        guard !run.text.isEmpty else { return }
        if textAsPaths, let fonts {
            if countOnly { styles.count(Self.fillStyle(run.color)); return }
            let outline = TextLayout(run: run, fonts: fonts).outline()
            guard !outline.isEmpty else { return }
            let style = Self.fillStyle(run.color)
            styles.count(style)
            line("<path d=\"\(SVGPathData.encode(outline))\"\(styles.attributes(style))/>")
            return
        }
        hasText = true
        var style: SVGStyleSheet.Style = [("font-size", SVGNumber.format(FontBook.finiteSize(run.size)) + "px")]
        if run.weight == .bold { style.append(("font-weight", "bold")) }
        switch run.anchor {
        case .start: break
        case .middle: style.append(("text-anchor", "middle"))
        case .end: style.append(("text-anchor", "end"))
        }
        if run.color != .black { style += Self.fillStyle(run.color) }
        styles.count(style)
        let shift = baselineShift(run)
        let space = run.text.hasPrefix(" ") || run.text.hasSuffix(" ") || run.text.contains("  ")
            ? " xml:space=\"preserve\"" : ""
        let text = XMLEscaping.escape(run.text)
        if run.rotation.isFinite, run.rotation != 0 {
            let place = "translate(\(SVGNumber.pair(run.position).replacingSpaceWithComma)) rotate(\(SVGNumber.format(run.rotation)))"
            line("<text y=\"\(SVGNumber.format(shift))\" transform=\"\(place)\"\(styles.attributes(style))\(space)>\(text)</text>")
        } else {
            line("<text x=\"\(SVGNumber.format(run.position.x))\" y=\"\(SVGNumber.format(run.position.y + shift))\"\(styles.attributes(style))\(space)>\(text)</text>")
        }
    }

    private func baselineShift(_ run: TextRun) -> Double {
        if let fonts { return TextLayout(run: run, fonts: fonts).baselineShift }
        // DejaVu Sans metrics (ascender 1901, descender 483 per 2048 units) when no font is loaded.
        let size = FontBook.finiteSize(run.size)
        return TextLayout.baselineShift(run.baseline, ascent: size * 1901 / 2048, descent: size * 483 / 2048)
    }

    private mutating func emitGroup(_ group: Group) {
        var attributes = ""
        if !group.transform.isIdentity { attributes += " transform=\"\(Self.transform(group.transform))\"" }
        if let clip = group.clip { attributes += " clip-path=\"url(#\(clipID(clip)))\"" }
        if group.opacity < 1 { attributes += " opacity=\"\(SVGNumber.format(Swift.max(0, group.opacity)))\"" }
        let title = group.title.flatMap { $0.isEmpty ? nil : $0 }
        if attributes.isEmpty && title == nil { emit(group.children); return }
        line("<g\(attributes)>")
        depth += 1
        if let title, !countOnly { line("<title>\(XMLEscaping.escape(title))</title>") }
        emit(group.children)
        depth -= 1
        line("</g>")
    }

    private mutating func clipID(_ rect: Rect) -> String {
        if let id = clipIDs[rect] { return id }
        let id = prefix + "c" + String(clipIDs.count)
        clipIDs[rect] = id
        defs += "<clipPath id=\"\(id)\"><rect x=\"\(SVGNumber.format(rect.x))\" y=\"\(SVGNumber.format(rect.y))\" width=\"\(SVGNumber.format(Swift.max(0, rect.width)))\" height=\"\(SVGNumber.format(Swift.max(0, rect.height)))\"/></clipPath>\n"
        return id
    }

    private mutating func gradientID(_ g: LinearGradient) -> String {
        if let id = gradientIDs[g] { return id }
        let id = prefix + "g" + String(gradientIDs.count)
        gradientIDs[g] = id
        defs += "<linearGradient id=\"\(id)\" gradientUnits=\"userSpaceOnUse\" x1=\"\(SVGNumber.format(g.start.x))\" y1=\"\(SVGNumber.format(g.start.y))\" x2=\"\(SVGNumber.format(g.end.x))\" y2=\"\(SVGNumber.format(g.end.y))\">"
        for stop in g.stops {
            let offset = stop.offset.isFinite ? Swift.max(0, Swift.min(1, stop.offset)) : 0
            var s = "<stop offset=\"\(SVGNumber.format(offset, decimals: 4))\" stop-color=\"\(Self.hex(stop.color))\""
            if stop.color.alpha < 1 { s += " stop-opacity=\"\(SVGNumber.format(stop.color.alpha, decimals: 3))\"" }
            defs += s + "/>"
        }
        defs += "</linearGradient>\n"
        return id
    }

    private mutating func paintStyle(_ paint: Paint, property: String) -> SVGStyleSheet.Style {
        switch paint {
        case .solid(let c):
            var s: SVGStyleSheet.Style = [(property, Self.hex(c))]
            if c.alpha < 1 { s.append((property + "-opacity", SVGNumber.format(c.alpha, decimals: 3))) }
            return s
        case .linearGradient(let g):
            return [(property, "url(#\(gradientID(g)))")]
        }
    }

    static func fillStyle(_ c: Color) -> SVGStyleSheet.Style {
        var s: SVGStyleSheet.Style = [("fill", hex(c))]
        if c.alpha < 1 { s.append(("fill-opacity", SVGNumber.format(c.alpha, decimals: 3))) }
        return s
    }

    static func strokeStyle(_ s: StrokeStyle) -> SVGStyleSheet.Style {
        var style: SVGStyleSheet.Style = [("stroke-width", SVGNumber.format(Swift.max(0, s.width)))]
        if s.cap == .round { style.append(("stroke-linecap", "round")) }
        if s.cap == .square { style.append(("stroke-linecap", "square")) }
        if s.join == .round { style.append(("stroke-linejoin", "round")) }
        if s.join == .bevel { style.append(("stroke-linejoin", "bevel")) }
        if s.join == .miter, s.miterLimit != 4, s.miterLimit >= 1 {
            style.append(("stroke-miterlimit", SVGNumber.format(s.miterLimit)))
        }
        let dash = Dasher.normalizedPattern(s.dash)
        if !dash.isEmpty {
            style.append(("stroke-dasharray", dash.map { SVGNumber.format($0) }.joined(separator: ",")))
            if s.dashOffset != 0 { style.append(("stroke-dashoffset", SVGNumber.format(s.dashOffset))) }
        }
        return style
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `#rgb` when each channel repeats its nibble, else `#rrggbb`.
    static func hex(_ c: Color) -> String {
        let channels = [c.r, c.g, c.b]
        var out: [UInt8] = [UInt8(ascii: "#")]
        if channels.allSatisfy({ $0 >> 4 == $0 & 0xF }) {
            for v in channels { out.append(hexDigits[Int(v & 0xF)]) }
        } else {
            for v in channels { out += [hexDigits[Int(v >> 4)], hexDigits[Int(v & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A transform as the shortest exact SVG form: translate, or a matrix with 4-decimal coefficients.
    static func transform(_ t: Transform) -> String {
        if t.a == 1, t.b == 0, t.c == 0, t.d == 1 {
            return "translate(\(SVGNumber.format(t.e)),\(SVGNumber.format(t.f)))"
        }
        let linear = [t.a, t.b, t.c, t.d].map { SVGNumber.format($0, decimals: 4) }
        return "matrix(" + (linear + [SVGNumber.format(t.e), SVGNumber.format(t.f)]).joined(separator: ",") + ")"
    }
}

extension String {
    var replacingSpaceWithComma: String { String(map { $0 == " " ? "," : $0 }) }
}
