/// Writes a `Scene` as compact, byte-stable SVG 1.1: repeated styles become
/// CSS classes, gradients and clips go to `<defs>`, text stays `<text>` in
/// the DejaVu Sans family stack (or, with `textAsPaths`, glyph outlines).
public enum SVGWriter {
    /// The font family stack written on every `<text>`.
    public static let fontFamily = "\"DejaVu Sans\",\"Bitstream Vera Sans\",Verdana,sans-serif"
    /// Embedded images keep at most this many pixels per user unit along each axis (a
    /// larger raster is block-averaged down): sharp on a 2× display, no heavier.
    public static let imageDensity = 2.0

    /// The root's id and `<defs>` ids carry a prefix derived from the content
    /// (FNV-1a), and CSS rules are scoped to the root's id, so several SVGs
    /// inlined in one notebook page cannot restyle each other; the output is
    /// still byte-identical for the same scene.
    public static func write(_ scene: Scene, textAsPaths: Bool = false, fonts: FontBook? = nil) -> String {
        let book = fonts ?? (try? FontBook.shared.get())
        let outlines = textAsPaths && book != nil
        var counter = SVGSceneEmitter(textAsPaths: outlines, fonts: book, styles: SVGStyleSheet(), prefix: "\u{1}")
        counter.countOnly = true
        counter.emit(scene.nodes)
        var styles = counter.styles
        styles.assignClasses()
        // Written once with a placeholder byte (control characters never survive escaping),
        // hashed, then the placeholder becomes the content-derived prefix.
        let placeholder = UInt8(1)
        let draft = Array(document(scene, outlines, book, styles, prefix: "\u{1}").utf8)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in draft { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let prefix = Array(("l" + String(UInt32(truncatingIfNeeded: hash ^ (hash >> 32)), radix: 16)).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(draft.count + 64)
        for byte in draft {
            if byte == placeholder { out += prefix } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func document(_ scene: Scene, _ textAsPaths: Bool, _ book: FontBook?, _ styles: SVGStyleSheet,
                                 prefix: String) -> String {
        var emitter = SVGSceneEmitter(textAsPaths: textAsPaths, fonts: book, styles: styles, prefix: prefix)
        emitter.emit(scene.nodes)
        let w = SVGNumber.format(scene.width), h = SVGNumber.format(scene.height)
        let id = prefix.isEmpty ? "" : " id=\"\(prefix)\""
        // role="img" with a <title> and <desc> (named by aria-labelledby): one accessible picture.
        var labels: [String] = [], heading = ""
        if let title = scene.title?.trimmingSpaces, !title.isEmpty {
            labels.append(prefix + "t")
            heading += "<title id=\"\(prefix)t\">\(XMLEscaping.escape(title))</title>\n"
        }
        if let summary = scene.summary?.trimmingSpaces, !summary.isEmpty {
            labels.append(prefix + "d")
            heading += "<desc id=\"\(prefix)d\">\(XMLEscaping.escape(summary))</desc>\n"
        }
        let aria = labels.isEmpty ? "" : " aria-labelledby=\"\(labels.joined(separator: " "))\""
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"\(id) width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\"\(aria)>\n" + heading
        var rules = styles.rules
        if emitter.hasText { rules.insert("text{font-family:\(fontFamily)}", at: 0) }
        var body = ""
        if !emitter.defs.isEmpty { body += "<defs>\n" + emitter.defs + "</defs>\n" }
        if let bg = scene.background, bg.alpha > 0 {
            body += "<rect width=\"\(w)\" height=\"\(h)\"\(SVGStyleSheet().attributes(SVGSceneEmitter.fillStyle(bg)))/>\n"
        }
        body += emitter.body
        let scope = prefix.isEmpty ? "" : "#\(prefix) "
        let dark = SVGDarkVariant.rules(scene.darkVariant, background: scene.background, classRules: styles.rules,
                                        body: body)
        if !rules.isEmpty || !dark.isEmpty {
            out += "<style type=\"text/css\"><![CDATA[\n" + rules.map { scope + $0 + "\n" }.joined()
            if !dark.isEmpty {
                out += "@media (prefers-color-scheme:dark){\n" + dark.map { scope + $0 + "\n" }.joined() + "}\n"
            }
            out += "]]></style>\n"
        }
        out += body
        out += "</svg>\n"
        return out
    }
}
