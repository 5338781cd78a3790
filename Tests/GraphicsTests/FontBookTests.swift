import Testing
@testable import Graphics

@Suite struct FontBookTests {
    @Test func missingFileNamesTheDebianPackage() {
        #expect(throws: FontError.missingFile(path: "/nonexistent/x.ttf")) {
            try FontBook.load(regularPath: "/nonexistent/x.ttf")
        }
        #expect(FontError.missingFile(path: "/x").description.contains("fonts-dejavu-core"))
    }

    /// Widths agree with FreeType's (Pillow's `getlength` at 2048 px: "0" 1303, "AV" 2671, "Hello, World" 12362).
    @Test func measuresAdvanceWidthsWithKerning() throws {
        let fonts = try FontBook.system()
        #expect(fonts.measure("0", size: 2048, weight: .regular).width == 1303)
        #expect(fonts.measure("AV", size: 2048, weight: .regular).width == 2671)
        #expect(fonts.measure("Hello, World", size: 2048, weight: .regular).width == 12362)
        #expect(fonts.measure("Hello", size: 2048, weight: .bold).width == 5914)
    }

    @Test func metricsScaleWithSize() throws {
        let fonts = try FontBook.system()
        let m12 = fonts.measure("Label", size: 12, weight: .regular)
        let m24 = fonts.measure("Label", size: 24, weight: .regular)
        #expect(abs(m24.width - 2 * m12.width) < 1e-9)
        #expect(m12.ascent > 10 && m12.ascent < 12)
        #expect(m12.descent > 2 && m12.descent < 3.5)
        #expect(abs(m12.height - (m12.ascent + m12.descent)) < 1e-12)
    }

    @Test func compositeGlyphHasOutline() throws {
        let fonts = try FontBook.system()
        let font = fonts.regular
        // 'é' is a composite (e + acute) in DejaVu Sans: more contours than 'e'.
        let e = try #require(font.glyph(for: "e")), eAcute = try #require(font.glyph(for: "é"))
        let closes = { (p: Path) in p.elements.filter { $0 == .close }.count }
        #expect(closes(fonts.outline(eAcute, weight: .regular)) > closes(fonts.outline(e, weight: .regular)))
    }

    @Test func missingGlyphFallsBackToABox() throws {
        let fonts = try FontBook.system()
        let m = fonts.measure("\u{10FFFD}", size: 20, weight: .regular)
        #expect(m.width > 0)
        let layout = TextLayout(run: TextRun("\u{10FFFD}", at: Point(0, 0), size: 20), fonts: fonts)
        #expect(!layout.outline().isEmpty)
        #expect(FontBook.box(fonts.regular, advance: 0).elements.count == 10)
    }

    @Test func emptyAndHugeSizesAreSafe() throws {
        let fonts = try FontBook.system()
        #expect(fonts.measure("", size: 12, weight: .regular).width == 0)
        #expect(fonts.measure("x", size: .nan, weight: .regular).width == 0)
        #expect(fonts.measure("x", size: .infinity, weight: .bold).width.isFinite)
    }
}
