import Platform

/// DejaVu Sans regular and bold, loaded once from Debian's fonts-dejavu-core.
/// Measures text for layout and supplies glyph outlines to the renderers.
/// Thread-safe: fonts are immutable, and the outline cache is behind a lock.
public final class FontBook: TextMeasurer, @unchecked Sendable {
    public let regular: TrueTypeFont
    public let bold: TrueTypeFont
    private let lock = Lock()
    private var outlineCache: [UInt32: Path] = [:]

    public static let regularPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    public static let boldPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    /// The process-wide font book, loaded on first use.
    public static let shared: Result<FontBook, FontError> = {
        do throws(FontError) { return .success(try FontBook.load()) } catch { return .failure(error) }
    }()

    public init(regular: TrueTypeFont, bold: TrueTypeFont) {
        self.regular = regular; self.bold = bold
    }

    /// The shared DejaVu Sans book; throws a `FontError` naming the Debian package when missing.
    public static func system() throws -> FontBook { try shared.get() }

    /// Loads DejaVu Sans regular and bold from disk (uncached).
    public static func load(regularPath: String = regularPath, boldPath: String = boldPath) throws(FontError) -> FontBook {
        FontBook(regular: try loadFont(regularPath), bold: try loadFont(boldPath))
    }

    private static func loadFont(_ path: String) throws(FontError) -> TrueTypeFont {
        guard let data = FileBytes.read(path) else { throw .missingFile(path: path) }
        do {
            return try TrueTypeFont(bytes: data)
        } catch {
            throw .malformed(path: path, reason: error.reason)
        }
    }

    public func font(_ weight: FontWeight) -> TrueTypeFont { weight == .bold ? bold : regular }

    public func measure(_ text: String, size: Double, weight: FontWeight) -> TextMetrics {
        let font = font(weight)
        let scale = Self.finiteSize(size) / Double(font.unitsPerEm)
        let width = layout(text, font: font).width
        return TextMetrics(width: Double(width) * scale, ascent: Double(font.ascender) * scale,
                           descent: Double(-font.descender) * scale)
    }

    /// Glyphs of a line with their pen positions in font units (kerning applied), and the total advance.
    func layout(_ text: String, font: TrueTypeFont) -> (glyphs: [(glyph: UInt16, x: Int)], width: Int) {
        var glyphs: [(glyph: UInt16, x: Int)] = []
        var pen = 0
        var previous: UInt16? = nil
        for scalar in text.unicodeScalars {
            let g = font.glyph(for: scalar) ?? 0
            if let p = previous { pen += font.kern(p, g) }
            glyphs.append((g, pen))
            pen += font.advance(g)
            previous = g
        }
        return (glyphs, pen)
    }

    /// All glyph outlines of a text run in user units, placed exactly as the
    /// renderers draw it (anchor, baseline, rotation applied).
    public func outline(of run: TextRun) -> Path { TextLayout(run: run, fonts: self).outline() }

    /// A glyph's outline in font units, y up. Missing or broken glyphs become a box.
    public func outline(_ glyph: UInt16, weight: FontWeight) -> Path {
        let key = UInt32(weight == .bold ? 1 : 0) << 16 | UInt32(glyph)
        lock.lock()
        let cached = outlineCache[key]
        lock.unlock()
        if let cached { return cached }
        let font = font(weight)
        var path = font.outline(glyph) ?? Self.box(font, advance: font.advance(glyph))
        // Glyph 0 stands for missing characters; an empty one would draw nothing.
        if glyph == 0, path.isEmpty { path = Self.box(font, advance: font.advance(glyph)) }
        lock.lock()
        outlineCache[key] = path
        lock.unlock()
        return path
    }

    /// A hollow rectangle standing in for a glyph the font cannot draw.
    static func box(_ font: TrueTypeFont, advance: Int) -> Path {
        let w = Double(max(advance, font.unitsPerEm / 2)), h = Double(font.ascender) * 0.75
        let inset = Double(font.unitsPerEm) / 20
        var p = Path.rect(Rect(x: inset, y: 0, width: w - 2 * inset, height: h))
        p = Path(elements: p.elements + Path.rect(Rect(x: 2 * inset, y: inset, width: w - 4 * inset,
                                                       height: h - 2 * inset)).reversedRectElements())
        return p
    }

    static func finiteSize(_ size: Double) -> Double { size.isFinite ? max(0, min(size, 10_000)) : 0 }
}

extension Path {
    /// For a path made by `Path.rect`: the same rectangle wound the other way.
    func reversedRectElements() -> [Element] {
        let points = elements.compactMap { e -> Point? in
            if case .move(let p) = e { return p }
            if case .line(let p) = e { return p }
            return nil
        }
        guard let first = points.first else { return [] }
        return [.move(first)] + points.dropFirst().reversed().map { .line($0) } + [.close]
    }
}
