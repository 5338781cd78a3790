import RenderTestSupport
import Testing
import Foundation
@testable import Graphics

@Suite struct SVGDarkVariantTests {
    static let paper = Color.white, ink = Color(hex: 0x222222), grid = Color(hex: 0xE6E6E6)
    static let swaps: [Color: Color] = [paper: Color(hex: 0x1E1E1E), ink: Color(hex: 0xE8E8E8),
                                        grid: Color(hex: 0x383838)]

    /// Paper, a grid line, two labels in ink (a class), a white label inside a blue bar, a data bar.
    func scene(darkVariant: [Color: Color]) -> Scene {
        var s = Scene(width: 200, height: 100, background: Self.paper, darkVariant: darkVariant)
        s.add(.shape(Shape(.rect(Rect(x: 0, y: 50, width: 200, height: 1)), fill: .solid(Self.grid))))
        s.add(.shape(Shape(.rect(Rect(x: 20, y: 20, width: 40, height: 60)), fill: .solid(Color(hex: 0x0072B2)))))
        s.add(.text(TextRun("axis", at: Point(10, 95), size: 11, color: Self.ink)))
        s.add(.text(TextRun("label", at: Point(100, 95), size: 11, color: Self.ink)))
        s.add(.text(TextRun("42", at: Point(30, 40), size: 10, color: Self.paper)))
        return s
    }

    /// The rules inside the media query, unscoped.
    func darkRules(_ svg: String) -> [String] {
        guard let start = svg.range(of: "@media (prefers-color-scheme:dark){\n"),
              let end = svg.range(of: "\n}\n", range: start.upperBound..<svg.endIndex) else { return [] }
        return svg[start.upperBound..<end.lowerBound].split(separator: "\n").map {
            String($0.split(separator: " ", maxSplits: 1).last ?? "")
        }
    }

    @Test func aDarkVariantRecoloursPaperInkAndGridButNotData() throws {
        let svg = SVGWriter.write(scene(darkVariant: Self.swaps))
        let rules = darkRules(svg)
        #expect(rules.contains(":not(text)[fill=\"#fff\"]{fill:#1e1e1e}"), "\(rules)")
        #expect(rules.contains("[fill=\"#e6e6e6\"]{fill:#383838}"), "\(rules)")
        #expect(rules.contains { $0.hasPrefix(".s") && $0.hasSuffix("{fill:#e8e8e8}") }, "the ink class: \(rules)")
        #expect(!rules.contains { $0.contains("0072b2") }, "data colours stay: \(rules)")
        // Scoped to the picture's id, so two SVGs on one page do not restyle each other.
        let id = try #require(svg.range(of: " id=\"").map { svg[$0.upperBound...].prefix { $0 != "\"" } })
        #expect(svg.contains("#\(id) :not(text)[fill=\"#fff\"]"))
    }

    @Test func withoutAVariantTheSVGIsAsBefore() {
        let svg = SVGWriter.write(scene(darkVariant: [:]))
        #expect(!svg.contains("prefers-color-scheme"))
        let identity = SVGWriter.write(scene(darkVariant: [Self.paper: Self.paper]))
        #expect(!identity.contains("prefers-color-scheme"))
    }

    @Test func colourAttributesAreFoundInOnePass() {
        let found = SVGDarkVariant.colourAttributes("<rect fill=\"#fff\"/><path d=\"M0 0\" stroke=\"#e6e6e6\"/>")
        #expect(found == ["fill=#fff", "stroke=#e6e6e6"])
        // A `#` in text, a gradient reference and an over-long value are not colour attributes.
        let others = SVGDarkVariant.colourAttributes("<text>#1</text><path fill=\"url(#g0)\" stop-color=\"#123456\"/><g fill=\"#1234567890\"/>")
        #expect(others == ["stop-color=#123456"])
        #expect(SVGDarkVariant.colourAttributes("#").isEmpty && SVGDarkVariant.colourAttributes("=\"#").isEmpty)
    }
}
