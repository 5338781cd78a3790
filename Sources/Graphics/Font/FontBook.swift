import Platform

/// DejaVu Sans regular and bold, loaded once from Debian's fonts-dejavu-core,
/// and a fallback font for the characters DejaVu lacks (Chinese, Japanese,
/// Korean: WenQuanYi Zen Hei from fonts-wqy-zenhei), loaded on first need.
/// Measures text for layout and supplies glyph outlines to the renderers.
/// Thread-safe: fonts are immutable, and the outline cache is behind a lock.
public final class FontBook: TextMeasurer, @unchecked Sendable {
    public let regular: TrueTypeFont
    public let bold: TrueTypeFont
    private let fallbackChoice: Fallback
    private let lock = Lock()
    private var outlineCache: [UInt32: Path] = [:]

    /// Where a book finds glyphs DejaVu Sans lacks.
    public enum Fallback: Sendable {
        /// The first of `fallbackCandidates` installed (loaded once per process, on first need).
        case system
        /// None: such characters are drawn as boxes.
        case none
        case font(TrueTypeFont)
    }

    public static let regularPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    public static let boldPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    /// Fallback fonts with TrueType outlines, in order of preference (file, index in a collection).
    public static let fallbackCandidates: [(path: String, index: Int)] = [
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
        ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ]

    /// The process-wide font book, loaded on first use.
    public static let shared: Result<FontBook, FontError> = {
        do throws(FontError) { return .success(try FontBook.load()) } catch { return .failure(error) }
    }()

    /// The first readable font of `fallbackCandidates`, or nil when none is installed.
    public static let systemFallback: TrueTypeFont? = {
        for candidate in fallbackCandidates {
            guard let bytes = FileBytes.read(candidate.path),
                  let font = try? TrueTypeFont(bytes: bytes, index: candidate.index) else { continue }
            return font
        }
        return nil
    }()

    public init(regular: TrueTypeFont, bold: TrueTypeFont, fallback: Fallback = .system) {
        self.regular = regular; self.bold = bold; self.fallbackChoice = fallback
    }

    /// The shared DejaVu Sans book; throws a `FontError` naming the Debian package when missing.
    public static func system() throws -> FontBook { try shared.get() }

    /// Loads DejaVu Sans regular and bold from disk (uncached).
    public static func load(regularPath: String = regularPath, boldPath: String = boldPath,
                            fallback: Fallback = .system) throws(FontError) -> FontBook {
        FontBook(regular: try loadFont(regularPath), bold: try loadFont(boldPath), fallback: fallback)
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

    /// The fallback font, when there is one.
    public var fallback: TrueTypeFont? {
        switch fallbackChoice {
        case .system: return Self.systemFallback
        case .none: return nil
        case .font(let f): return f
        }
    }

    /// The font of a slot (nil for the fallback slot when there is no fallback font).
    func font(_ slot: FontSlot) -> TrueTypeFont? {
        switch slot {
        case .regular: return regular
        case .bold: return bold
        case .fallback: return fallback
        }
    }

    public func measure(_ text: String, size: Double, weight: FontWeight) -> TextMetrics {
        let font = font(weight)
        let scale = Self.finiteSize(size) / Double(font.unitsPerEm)
        let width = layout(text, weight: weight).width
        return TextMetrics(width: width * scale, ascent: Double(font.ascender) * scale,
                           descent: Double(-font.descender) * scale)
    }

    /// The glyphs of a line, each from DejaVu Sans or (for characters it lacks) the fallback
    /// font, with pen positions in DejaVu's font units (kerning applied within a font).
    func layout(_ text: String, weight: FontWeight) -> GlyphLine {
        let mainSlot: FontSlot = weight == .bold ? .bold : .regular
        let main = font(weight)
        let mainUnits = Double(main.unitsPerEm)
        var glyphs: [PlacedGlyph] = []
        var pen = 0.0
        var previous: (slot: FontSlot, glyph: UInt16)? = nil
        for scalar in text.unicodeScalars {
            var slot = mainSlot, face = main
            var glyph = main.glyph(for: scalar)
            if glyph == nil, let other = fallback, let g = other.glyph(for: scalar) {
                slot = .fallback; face = other; glyph = g
            }
            let g = glyph ?? 0
            // Fallback units are converted to DejaVu's; DejaVu's own stay whole numbers.
            let toMain = slot == .fallback ? mainUnits / Double(face.unitsPerEm) : 1
            if let p = previous, p.slot == slot { pen += Double(face.kern(p.glyph, g)) * toMain }
            glyphs.append(PlacedGlyph(slot: slot, glyph: g, x: pen, scalar: scalar))
            pen += Double(face.advance(g)) * toMain
            previous = (slot, g)
        }
        return GlyphLine(glyphs: glyphs, width: pen, unitsPerEm: main.unitsPerEm)
    }

    /// All glyph outlines of a text run in user units, placed exactly as the
    /// renderers draw it (anchor, baseline, rotation applied).
    public func outline(of run: TextRun) -> Path { TextLayout(run: run, fonts: self).outline() }

    /// A glyph's outline in font units, y up. Missing or broken glyphs become a box.
    public func outline(_ glyph: UInt16, weight: FontWeight) -> Path {
        outline(glyph, slot: weight == .bold ? .bold : .regular)
    }

    /// A glyph of a slot's font in that font's units, y up (a box when missing or broken).
    func outline(_ glyph: UInt16, slot: FontSlot) -> Path {
        let key = UInt32(slot.rawValue) << 16 | UInt32(glyph)
        lock.lock()
        let cached = outlineCache[key]
        lock.unlock()
        if let cached { return cached }
        guard let font = font(slot) else { return Path() }
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

/// Which of a book's fonts a glyph comes from.
enum FontSlot: Int, Hashable, Sendable {
    case regular, bold, fallback
}

/// A glyph placed on a line: its font, index, and pen position in the main font's units.
struct PlacedGlyph: Sendable {
    let slot: FontSlot
    let glyph: UInt16
    let x: Double
    /// The character it draws (for the PDF's text layer).
    let scalar: Unicode.Scalar
}

/// A laid-out line: its glyphs and advance width, in units of the main font's em square.
struct GlyphLine: Sendable {
    var glyphs: [PlacedGlyph]
    var width: Double
    var unitsPerEm: Int
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
