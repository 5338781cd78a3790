/// Writes a `Scene` as compact, byte-stable SVG 1.1: repeated styles become
/// CSS classes, gradients and clips go to `<defs>`, text stays `<text>` in
/// the DejaVu Sans family stack (or, with `textAsPaths`, glyph outlines).
public enum SVGWriter {
    /// The font family stack written on every `<text>`.
    public static let fontFamily = "\"DejaVu Sans\",\"Bitstream Vera Sans\",Verdana,sans-serif"

    public static func write(_ scene: Scene, textAsPaths: Bool = false, fonts: FontBook? = nil) -> String {
        let book = fonts ?? (try? FontBook.shared.get())
        var counter = SVGSceneEmitter(textAsPaths: textAsPaths && book != nil, fonts: book, styles: SVGStyleSheet())
        counter.emit(scene.nodes)
        var styles = counter.styles
        styles.assignClasses()
        var emitter = SVGSceneEmitter(textAsPaths: textAsPaths && book != nil, fonts: book, styles: styles)
        emitter.emit(scene.nodes)

        let w = SVGNumber.format(scene.width), h = SVGNumber.format(scene.height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\">\n"
        var rules = styles.rules
        if emitter.hasText { rules.insert("text{font-family:\(fontFamily)}", at: 0) }
        if !rules.isEmpty {
            out += "<style type=\"text/css\"><![CDATA[\n" + rules.joined(separator: "\n") + "\n]]></style>\n"
        }
        if !emitter.defs.isEmpty { out += "<defs>\n" + emitter.defs + "</defs>\n" }
        if let bg = scene.background, bg.alpha > 0 {
            out += "<rect width=\"\(w)\" height=\"\(h)\"\(SVGStyleSheet().attributes(SVGSceneEmitter.fillStyle(bg)))/>\n"
        }
        out += emitter.body
        out += "</svg>\n"
        return out
    }
}
