import RenderTestSupport
import Testing
import Foundation
@testable import Graphics

@Suite struct SVGWriterTests {
    func sampleScene() -> Scene {
        var scene = Scene(width: 200, height: 100)
        let gradient = LinearGradient(start: Point(0, 0), end: Point(100, 0), stops: [
            .init(offset: 0, color: Color(hex: 0x440154)), .init(offset: 1, color: Color(hex: 0xFDE725))])
        for i in 0..<3 {
            scene.add(.shape(Shape(.rect(Rect(x: Double(i) * 10, y: 10, width: 8, height: 50)),
                                   fill: .solid(Color(hex: 0x4C72B0)))))
        }
        scene.add(.shape(Shape(.circle(center: Point(150, 50), radius: 20), fill: .linearGradient(gradient),
                               stroke: .solid(.black.withAlpha(0.5)),
                               strokeStyle: StrokeStyle(width: 2, cap: .round, join: .bevel, dash: [4, 2]))))
        scene.add(.group(Group([.text(TextRun("a < b & \"c\"", at: Point(10, 90), size: 12, anchor: .middle,
                                              baseline: .middle, rotation: -90))],
                               transform: .translate(5, 0), clip: Rect(x: 0, y: 0, width: 100, height: 100),
                               opacity: 0.5)))
        return scene
    }

    @Test func numbersHaveAtMostTwoDecimals() {
        #expect(SVGNumber.format(1.005) == "1" || SVGNumber.format(1.005) == "1.01")
        #expect(SVGNumber.format(3.14159) == "3.14")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(2.5) == "2.5")
        #expect(SVGNumber.format(-12.07) == "-12.07")
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(0.70710678, decimals: 4) == "0.7071")
    }

    @Test func escapesXMLSpecialCharacters() {
        #expect(XMLEscaping.escape("a<b>&\"'\u{1}") == "a&lt;b&gt;&amp;&quot;&apos;")
        // Text with nothing to escape comes back as it is, tabs, line breaks and other scripts included.
        for plain in ["setosa · x 1.25, y -0.5", "数据划分\tß\n€\r", "\u{FFFD}\u{EFFF}", ""] {
            #expect(XMLEscaping.escape(plain) == plain)
        }
        #expect(XMLEscaping.escape("a\u{FFFE}b\u{FFFF}c\u{0}d") == "abcd")
    }

    @Test func outputIsWellFormedPerXmllint() throws {
        let xmllint = try #require(ExternalTool.find(["xmllint"]), "xmllint (libxml2-utils) is needed")
        for asPaths in [false, true] {
            let svg = SVGWriter.write(sampleScene(), textAsPaths: asPaths)
            let result = try ExternalTool.run(xmllint, ["--noout", "-"], stdin: Data(svg.utf8))
            #expect(result.status == 0, "xmllint: \(result.err)")
        }
    }

    @Test func outputIsByteIdenticalForTheSameScene() {
        #expect(SVGWriter.write(sampleScene()) == SVGWriter.write(sampleScene()))
        #expect(SVGWriter.write(sampleScene(), textAsPaths: true) == SVGWriter.write(sampleScene(), textAsPaths: true))
    }

    /// The content-derived prefix on the root `id` and defs ids.
    func prefix(_ svg: String) -> String {
        guard let start = svg.range(of: " id=\"")?.upperBound,
              let end = svg[start...].firstIndex(of: "\"") else { return "" }
        return String(svg[start..<end])
    }

    @Test func repeatedStylesShareAClass() {
        let svg = SVGWriter.write(sampleScene())
        let p = prefix(svg)
        #expect(!p.isEmpty)
        #expect(svg.contains("#\(p) .s0{fill:#4c72b0}"))
        #expect(svg.components(separatedBy: "class=\"s0\"").count - 1 == 3)
    }

    @Test func differentScenesGetDifferentPrefixes() {
        var other = sampleScene()
        other.add(.shape(Shape(.rect(Rect(x: 0, y: 0, width: 1, height: 1)), fill: .solid(.black))))
        let a = prefix(SVGWriter.write(sampleScene())), b = prefix(SVGWriter.write(other))
        #expect(a != b)
        #expect(a == prefix(SVGWriter.write(sampleScene())))
    }

    @Test func textStaysTextWithTheFontStack() {
        let svg = SVGWriter.write(sampleScene())
        #expect(svg.contains("font-family:\"DejaVu Sans\""))
        #expect(svg.contains(">a &lt; b &amp; &quot;c&quot;</text>"))
        #expect(svg.contains("rotate(-90)"))
        #expect(svg.contains("text-anchor=\"middle\""))
    }

    @Test func textAsPathsHasNoTextElement() throws {
        _ = try FontBook.system()
        let svg = SVGWriter.write(sampleScene(), textAsPaths: true)
        #expect(!svg.contains("<text"))
        #expect(svg.components(separatedBy: "<path").count - 1 == 5)
    }

    @Test func groupsCarryTransformClipAndOpacity() {
        let svg = SVGWriter.write(sampleScene())
        let p = prefix(svg)
        #expect(svg.contains("<g transform=\"translate(5,0)\" clip-path=\"url(#\(p)c0)\" opacity=\"0.5\">"))
        #expect(svg.contains("<clipPath id=\"\(p)c0\"><rect x=\"0\" y=\"0\" width=\"100\" height=\"100\"/></clipPath>"))
        #expect(svg.contains("<linearGradient id=\"\(p)g0\""))
        #expect(svg.contains("fill=\"url(#\(p)g0)\""))
        #expect(svg.contains("stroke-dasharray=\"4,2\""))
    }

    @Test func pathDataIsCompact() {
        var p = Path()
        p.move(to: Point(0, 0)); p.line(to: Point(1.234, 2)); p.line(to: Point(3, 4))
        p.quadCurve(to: Point(5, 6), control: Point(7, 8)); p.close()
        #expect(SVGPathData.encode(p) == "M0 0L1.23 2 3 4Q7 8 5 6Z")
        #expect(SVGPathData.encode(Path(elements: [.line(Point(1, 1)), .close])) == "M0 0L1 1Z")
    }

    /// Circles of one radius become two half-circle arcs each; circles of two radii stay cubics.
    @Test func circlesAreWrittenAsArcs() {
        let dots = Path(elements: Path.circle(center: Point(10, 20), radius: 2.5).elements
                        + Path.circle(center: Point(-4.125, 7), radius: 2.5).elements)
        #expect(SVGPathData.encode(dots) == "M12.5 20a2.5 2.5 0 1 1-5 0a2.5 2.5 0 1 1 5 0ZM-1.63 7a2.5 2.5 0 1 1-5 0a2.5 2.5 0 1 1 5 0Z")
        let mixed = Path(elements: Path.circle(center: Point(0, 0), radius: 1).elements
                         + Path.circle(center: Point(5, 5), radius: 2).elements)
        #expect(SVGPathData.encode(mixed).contains("C"))
        #expect(!SVGPathData.encode(mixed).contains("a"))
    }
}
