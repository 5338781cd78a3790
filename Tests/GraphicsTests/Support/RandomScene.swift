import Foundation
@testable import Graphics

/// A reproducible jumble of everything the rasterizer draws — long thin and steep
/// lines, wide strokes with every cap and join, dashes, curves, gradients, text
/// (rotated too), pixel-aligned and fractional rectangles, clipped, rotated, skewed and
/// translucent groups — scattered so that many cross any row a band could start at.
struct RandomScene {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func scene() -> Scene {
        var scene = Scene(width: 240, height: 180, background: .white)
        for _ in 0..<40 { scene.add(node(depth: 0)) }
        return scene
    }

    private mutating func node(depth: Int) -> Node {
        switch (depth < 2 ? next(8) : next(6)) {
        case 0: return .shape(Shape(.line(from: point(), to: point()), stroke: paint(),
                                    strokeStyle: StrokeStyle(width: value(0.3, 2))))
        case 1: return .shape(Shape(polyline(), stroke: paint(), strokeStyle: style()))
        case 2: return .shape(Shape(curve(), fill: next(2) == 0 ? paint() : nil, fillRule: next(2) == 0 ? .nonZero : .evenOdd,
                                    stroke: next(2) == 0 ? paint() : nil, strokeStyle: style()))
        case 3: return .shape(Shape(.rect(Rect(x: value(-20, 230), y: value(-20, 170), width: value(1, 80), height: value(1, 80))),
                                    fill: paint()))
        case 4: return .shape(Shape(.rect(Rect(x: Double(next(220)), y: Double(next(170)), width: Double(1 + next(40)),
                                               height: Double(1 + next(60)))), fill: paint()))
        case 5: return .text(TextRun("Band \(next(1000)) gÅy", at: point(), size: value(6, 30),
                                     weight: next(2) == 0 ? .regular : .bold, rotation: next(3) == 0 ? value(-90, 90) : 0,
                                     color: color()))
        default:
            let children = (0..<(1 + next(5))).map { _ in node(depth: depth + 1) }
            let transforms = [Transform.identity,
                              Transform.translate(value(-20, 20), value(-20, 20)).concatenating(.rotate(degrees: value(-30, 30))),
                              Transform(a: value(0.5, 1.5), b: value(-0.6, 0.6), c: value(-0.6, 0.6), d: value(0.5, 1.5),
                                        e: value(-20, 20), f: value(-20, 20))]
            let transform = transforms[next(3)]
            let clip = next(2) == 0 ? nil : Rect(x: value(0, 120), y: value(0, 90), width: value(10, 150), height: value(10, 120))
            return .group(Group(children, transform: transform, clip: clip, opacity: next(2) == 0 ? 1 : value(0.2, 0.9)))
        }
    }

    private mutating func polyline() -> Path {
        .polyline((0..<(2 + next(5))).map { _ in point() }, closed: next(3) == 0)
    }

    private mutating func curve() -> Path {
        var path = Path()
        path.move(to: point())
        path.quadCurve(to: point(), control: point())
        path.curve(to: point(), control1: point(), control2: point())
        path.close()
        return path
    }

    private mutating func style() -> StrokeStyle {
        let caps: [LineCap] = [.butt, .round, .square], joins: [LineJoin] = [.miter, .round, .bevel]
        return StrokeStyle(width: value(0.5, 12), cap: caps[next(3)], join: joins[next(3)],
                           dash: next(3) == 0 ? [value(1, 9), value(1, 6)] : [], dashOffset: value(0, 5))
    }

    private mutating func paint() -> Paint {
        guard next(4) == 0 else { return .solid(color()) }
        return .linearGradient(LinearGradient(start: point(), end: point(),
                                              stops: [.init(offset: 0, color: color()), .init(offset: 1, color: color())]))
    }

    private mutating func color() -> Color {
        Color(r: UInt8(next(256)), g: UInt8(next(256)), b: UInt8(next(256)), alpha: next(2) == 0 ? 1 : value(0.1, 1))
    }

    private mutating func point() -> Point { Point(value(-30, 270), value(-30, 210)) }

    private mutating func value(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next(1 << 20)) / Double(1 << 20)
    }

    /// A number in 0..<bound from a 64-bit xorshift.
    private mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}
