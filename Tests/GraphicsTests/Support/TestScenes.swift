import Foundation
@testable import Graphics

/// The scenes drawn by both Loupe and rsvg-convert, and kept as goldens.
enum TestScenes {
    static let all: [(name: String, scene: Scene)] = [
        ("shapes", shapes), ("strokes", strokes), ("dashes", dashes), ("curves", curves),
        ("text", text), ("gradients", gradients), ("clips", clips), ("transforms", transforms),
        ("opacity", opacity), ("rotatedClip", rotatedClip), ("images", images),
    ]

    static let blue = Color(hex: 0x4C72B0), orange = Color(hex: 0xDD8452), green = Color(hex: 0x55A868)

    static var shapes: Scene {
        var s = Scene(width: 160, height: 100)
        s.add(.shape(Shape(.rect(Rect(x: 10, y: 10, width: 40, height: 30)), fill: .solid(blue))))
        s.add(.shape(Shape(.roundedRect(Rect(x: 60, y: 10, width: 40, height: 30), radius: 8), fill: .solid(orange))))
        s.add(.shape(Shape(.circle(center: Point(130, 25), radius: 16), fill: .solid(green.withAlpha(0.7)))))
        var star = Path()
        for i in 0..<5 {
            let a = Double(i) * 4 * Double.pi / 5 - Double.pi / 2
            let p = Point(40 + 28 * cos(a), 72 + 26 * sin(a))
            if i == 0 { star.move(to: p) } else { star.line(to: p) }
        }
        star.close()
        s.add(.shape(Shape(star, fill: .solid(.black), fillRule: .nonZero)))
        var starEO = Path(elements: star.elements.map { $0.transformed(by: .translate(70, 0)) })
        starEO.close()
        s.add(.shape(Shape(starEO, fill: .solid(.black), fillRule: .evenOdd)))
        s.add(.shape(Shape(.ellipse(in: Rect(x: 130, y: 55, width: 24, height: 36)), fill: .solid(Color(hex: 0xC44E52)))))
        return s
    }

    static var strokes: Scene {
        var s = Scene(width: 200, height: 130)
        let caps: [LineCap] = [.butt, .round, .square], joins: [LineJoin] = [.miter, .round, .bevel]
        for (i, cap) in caps.enumerated() {
            for (j, join) in joins.enumerated() {
                var zig = Path()
                let x = 12 + Double(j) * 62, y = 14 + Double(i) * 38
                zig.move(to: Point(x, y + 20)); zig.line(to: Point(x + 18, y)); zig.line(to: Point(x + 36, y + 20))
                zig.line(to: Point(x + 48, y + 4))
                s.add(.shape(Shape(zig, stroke: .solid(blue), strokeStyle: StrokeStyle(width: 6, cap: cap, join: join))))
            }
        }
        var sharp = Path()
        sharp.move(to: Point(5, 125)); sharp.line(to: Point(100, 118)); sharp.line(to: Point(5, 111))
        s.add(.shape(Shape(sharp, stroke: .solid(orange), strokeStyle: StrokeStyle(width: 3, join: .miter, miterLimit: 4))))
        s.add(.shape(Shape(.rect(Rect(x: 130, y: 112, width: 60, height: 12)), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 1))))
        s.add(.shape(Shape(.line(from: Point(110, 105), to: Point(190, 105)), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 0.5))))
        return s
    }

    static var dashes: Scene {
        var s = Scene(width: 160, height: 100)
        let patterns: [[Double]] = [[8, 4], [2, 2], [10, 3, 2, 3], [5]]
        for (i, dash) in patterns.enumerated() {
            s.add(.shape(Shape(.line(from: Point(10, 12 + Double(i) * 14), to: Point(150, 12 + Double(i) * 14)),
                               stroke: .solid(.black), strokeStyle: StrokeStyle(width: 2, dash: dash, dashOffset: Double(i)))))
        }
        s.add(.shape(Shape(.circle(center: Point(40, 78), radius: 16), stroke: .solid(blue),
                           strokeStyle: StrokeStyle(width: 3, cap: .round, dash: [6, 5]))))
        s.add(.shape(Shape(.rect(Rect(x: 80, y: 64, width: 60, height: 28)), stroke: .solid(orange),
                           strokeStyle: StrokeStyle(width: 2, cap: .square, dash: [4, 6]))))
        return s
    }

    static var curves: Scene {
        var s = Scene(width: 160, height: 100)
        var q = Path()
        q.move(to: Point(10, 80)); q.quadCurve(to: Point(70, 80), control: Point(40, 0))
        s.add(.shape(Shape(q, stroke: .solid(blue), strokeStyle: StrokeStyle(width: 3))))
        var c = Path()
        c.move(to: Point(80, 80)); c.curve(to: Point(150, 80), control1: Point(80, 0), control2: Point(150, 100))
        s.add(.shape(Shape(c, fill: .solid(green.withAlpha(0.5)), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 1.5))))
        var arc = Path()
        arc.move(to: Point(80, 50))
        arc.arc(center: Point(80, 50), radius: 30, startAngle: -Double.pi / 2, endAngle: Double.pi / 4, clockwise: true)
        arc.close()
        s.add(.shape(Shape(arc, fill: .solid(orange))))
        var loop = Path()
        loop.move(to: Point(10, 20)); loop.curve(to: Point(60, 20), control1: Point(90, 60), control2: Point(-20, 60))
        s.add(.shape(Shape(loop, stroke: .solid(Color(hex: 0xC44E52)), strokeStyle: StrokeStyle(width: 2, cap: .round))))
        return s
    }

    static var text: Scene {
        var s = Scene(width: 220, height: 140)
        s.add(.text(TextRun("Loupe 0123", at: Point(8, 18), size: 10)))
        s.add(.text(TextRun("Histogram of values", at: Point(8, 40), size: 14, weight: .bold)))
        s.add(.text(TextRun("AVAWTo é ß", at: Point(8, 68), size: 20)))
        s.add(.text(TextRun("centre", at: Point(150, 90), size: 12, anchor: .middle, baseline: .middle, color: blue)))
        s.add(.text(TextRun("end", at: Point(210, 110), size: 12, anchor: .end, baseline: .hanging)))
        s.add(.text(TextRun("count", at: Point(180, 60), size: 12, anchor: .middle, rotation: -90)))
        s.add(.text(TextRun("tilted", at: Point(20, 100), size: 11, rotation: 30, color: orange)))
        return s
    }

    static var gradients: Scene {
        var s = Scene(width: 160, height: 100)
        let viridis = LinearGradient(start: Point(10, 0), end: Point(150, 0), stops: [
            .init(offset: 0, color: Color(hex: 0x440154)), .init(offset: 0.5, color: Color(hex: 0x21918C)),
            .init(offset: 1, color: Color(hex: 0xFDE725))])
        s.add(.shape(Shape(.rect(Rect(x: 10, y: 10, width: 140, height: 30)), fill: .linearGradient(viridis))))
        let vertical = LinearGradient(start: Point(0, 50), end: Point(0, 90), stops: [
            .init(offset: 0, color: Color(hex: 0xB40426)), .init(offset: 1, color: Color(hex: 0x3B4CC0, alpha: 0.4))])
        s.add(.shape(Shape(.rect(Rect(x: 20, y: 50, width: 20, height: 40)), fill: .linearGradient(vertical))))
        s.add(.shape(Shape(.circle(center: Point(110, 70), radius: 20), fill: .linearGradient(viridis),
                           stroke: .solid(.black), strokeStyle: StrokeStyle(width: 1))))
        return s
    }

    static var clips: Scene {
        var s = Scene(width: 160, height: 100)
        let content: [Node] = [
            .shape(Shape(.circle(center: Point(40, 50), radius: 35), fill: .solid(blue))),
            .shape(Shape(.line(from: Point(0, 0), to: Point(160, 100)), stroke: .solid(.black), strokeStyle: StrokeStyle(width: 4))),
        ]
        s.add(.group(Group(content, clip: Rect(x: 20, y: 20, width: 50, height: 40))))
        s.add(.group(Group(content, transform: .translate(80, 0), clip: Rect(x: 10, y: 30, width: 40, height: 60))))
        return s
    }

    static var rotatedClip: Scene {
        var s = Scene(width: 160, height: 100)
        let stripes: [Node] = (0..<8).map { i in
            .shape(Shape(.rect(Rect(x: -60 + Double(i) * 15, y: -60, width: 8, height: 120)), fill: .solid(i % 2 == 0 ? blue : orange)))
        }
        s.add(.group(Group(stripes, transform: .translate(50, 50).concatenating(.rotate(degrees: 25)),
                           clip: Rect(x: -30, y: -25, width: 60, height: 50))))
        s.add(.group(Group(stripes, transform: Transform(a: 0.8, b: 0.2, c: -0.3, d: 0.9, e: 120, f: 50),
                           clip: Rect(x: -25, y: -30, width: 50, height: 60), opacity: 0.6)))
        return s
    }

    static var transforms: Scene {
        var s = Scene(width: 160, height: 100)
        let square = Node.shape(Shape(.rect(Rect(x: -15, y: -15, width: 30, height: 30)), fill: .solid(orange),
                                      stroke: .solid(.black), strokeStyle: StrokeStyle(width: 2)))
        s.add(.group(Group([square], transform: .translate(30, 50).concatenating(.rotate(degrees: 30)))))
        s.add(.group(Group([square], transform: .translate(80, 50).concatenating(.scale(1.5, 0.6)))))
        s.add(.group(Group([square, .text(TextRun("Tx", at: Point(-8, 5), size: 12))],
                           transform: Transform(a: 1, b: 0.3, c: -0.4, d: 1, e: 130, f: 50))))
        return s
    }

    static var opacity: Scene {
        var s = Scene(width: 160, height: 100)
        s.add(.shape(Shape(.rect(Rect(x: 0, y: 40, width: 160, height: 20)), fill: .solid(.black))))
        let pair: [Node] = [
            .shape(Shape(.circle(center: Point(40, 50), radius: 25), fill: .solid(Color(hex: 0xC44E52)))),
            .shape(Shape(.circle(center: Point(65, 50), radius: 25), fill: .solid(blue))),
        ]
        s.add(.group(Group(pair, opacity: 0.5)))
        s.add(.group(Group(pair, transform: .translate(70, 0))))
        s.add(.shape(Shape(.rect(Rect(x: 130, y: 10, width: 20, height: 80)), fill: .solid(green.withAlpha(0.3)))))
        return s
    }

    /// Raster images: nearest-neighbour cells on whole and fractional pixels, a bilinear ramp,
    /// a palette with a transparent index, an RGBA image under group opacity, a rotated image.
    static var images: Scene {
        var s = Scene(width: 200, height: 120)
        s.add(.shape(Shape(.rect(Rect(x: 0, y: 55, width: 200, height: 10)), fill: .solid(orange))))
        let cells: [UInt8] = [76, 114, 176, 221, 132, 82, 85, 168, 104, 196, 78, 82,
                              129, 114, 179, 147, 120, 96, 218, 139, 195, 140, 140, 140,
                              255, 255, 255, 0, 0, 0, 100, 181, 205, 50, 50, 50]
        s.add(image(4, 3, .rgb(cells), Rect(x: 10, y: 10, width: 40, height: 30)))
        s.add(image(4, 3, .rgb(cells), Rect(x: 55.3, y: 10.6, width: 37.4, height: 27.9)))
        s.add(image(4, 2, .gray([0, 80, 160, 240, 240, 160, 80, 0]), Rect(x: 100, y: 10, width: 90, height: 40),
                    .bilinear))
        let palette = [blue, orange, green, Color(hex: 0xC44E52, alpha: 0.5)]
        s.add(image(3, 3, .indexed([0, 1, 2, 3, 9, 3, 2, 1, 0], palette: palette), Rect(x: 10, y: 70, width: 45, height: 45)))
        let rgba: [UInt8] = [255, 0, 0, 255, 0, 0, 255, 128, 0, 160, 0, 64, 255, 255, 0, 0]
        s.add(.group(Group([image(2, 2, .rgba(rgba), Rect(x: 65, y: 70, width: 40, height: 40))], opacity: 0.6)))
        s.add(.group(Group([image(4, 3, .rgb(cells), Rect(x: -20, y: -15, width: 40, height: 30))],
                           transform: .translate(150, 90).concatenating(.rotate(degrees: 25)))))
        return s
    }

    static func image(_ w: Int, _ h: Int, _ pixels: RasterImage.Pixels, _ frame: Rect,
                      _ interpolation: RasterImage.Interpolation = .nearest) -> Node {
        guard let image = RasterImage(width: w, height: h, pixels: pixels, frame: frame, interpolation: interpolation) else {
            preconditionFailure("test image \(w)×\(h) does not match its pixels")
        }
        return .image(image)
    }
}
