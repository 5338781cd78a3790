import Testing
import Foundation
@testable import Graphics

/// Damaged copies of DejaVu Sans must parse to an error or to a font whose
/// every lookup returns something or nil — never a trap or a hang.
@Suite struct FontCorruptionTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func corruptedFontNeverTraps(_ seed: Int) throws {
        let original = try #require(FileManager.default.contents(atPath: FontBook.regularPath), "DejaVu Sans missing")
        var bytes = [UInt8](original)
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        // Damage 2 000 random bytes, and on even seeds also the table directory.
        for _ in 0..<2000 { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
        if seed % 2 == 0 { for i in 12..<200 { bytes[i] = UInt8(truncatingIfNeeded: next()) } }
        if seed == 8 { bytes = Array(bytes.prefix(bytes.count / 3)) }
        guard let font = try? TrueTypeFont(bytes: bytes) else { return }
        let fonts = FontBook(regular: font, bold: font)
        let sample = "Hello, World! 0123456789 éßÆ€ \u{1F600}"
        let width = fonts.measure(sample, size: 12, weight: .regular).width
        #expect(width.isFinite)
        for g in stride(from: 0, to: min(font.glyphCount, 6000), by: 7) {
            _ = font.outline(UInt16(g))
        }
        _ = Rasterizer(fonts: fonts).render(Scene(width: 60, height: 20, nodes: [.text(TextRun(sample, at: Point(1, 15)))]), scale: 1)
    }
}
