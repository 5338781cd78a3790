import Charts
import Graphics

/// A layer's biases as a dot plot on the histogram's baseline (Wilkinson's): each bias one dot,
/// dots closer than a dot's width stacked upward, so every bias stays visible and countable
/// where a rug of ticks merged them into one block. Dots shrink (down to `minimumDiameter`)
/// until the tallest stack fits `maxHeight`; past that the biases fall back to a faint rug.
struct BiasDots {
    /// One dot: its centre in pixels and the bias it shows.
    struct Dot { var center: Point; var value: Double }

    static let diameters = [6.0, 5.0, 4.0, 3.0, 2.5, 2.0]
    static var minimumDiameter: Double { diameters.last ?? 2 }

    let dots: [Dot]
    /// The dots' diameter, or nil when no diameter fits (then draw a rug).
    let diameter: Double?

    /// Dots for `values` at pixel x `position(value)`, stacked up from `baseline`.
    init(_ values: [Double], position: (Double) -> Double, baseline: Double, maxHeight: Double) {
        let placed = values.filter(\.isFinite).map { (x: position($0), value: $0) }.filter { $0.x.isFinite }.sorted { $0.x < $1.x }
        for d in Self.diameters {
            let stacks = Self.stacks(placed.map(\.x), diameter: d)
            guard Double(stacks.map(\.count).max() ?? 0) * d <= maxHeight else { continue }
            var dots: [Dot] = []
            for stack in stacks {
                for (level, i) in stack.members.enumerated() {
                    dots.append(Dot(center: Point(stack.center, baseline - d / 2 - Double(level) * d), value: placed[i].value))
                }
            }
            self.dots = dots
            diameter = d
            return
        }
        dots = placed.map { Dot(center: Point($0.x, baseline), value: $0.value) }
        diameter = nil
    }

    /// Wilkinson's stacking of sorted positions: a stack starts at the first position not yet
    /// taken, holds every position within one diameter of it, and is centred half a diameter
    /// right of its start, so neighbouring stacks' centres are at least a diameter apart.
    static func stacks(_ xs: [Double], diameter: Double) -> [(center: Double, members: [Int], count: Int)] {
        var out: [(center: Double, members: [Int], count: Int)] = []
        var i = 0
        while i < xs.count {
            let start = xs[i]
            var members: [Int] = []
            while i < xs.count, xs[i] < start + diameter { members.append(i); i += 1 }
            out.append((start + diameter / 2, members, members.count))
        }
        return out
    }

    /// The marks: titled dots ringed in the background colour, or the faint rug.
    func nodes(color: Color, background: Color) -> [Node] {
        guard let d = diameter else {
            var rug = Path()
            for dot in dots {
                rug.move(to: Point(dot.center.x, dot.center.y - 1)); rug.line(to: Point(dot.center.x, dot.center.y - 10))
            }
            return [.shape(Shape(rug, stroke: .solid(color.withAlpha(0.35)), strokeStyle: StrokeStyle(width: 1)))]
        }
        let marks = dots.map { dot in
            (Path.circle(center: dot.center, radius: d / 2 - 0.25), "bias \(NumberFormat.short(dot.value))")
        }
        return TitledMarks.shapes(marks, fill: .solid(color), stroke: .solid(background), strokeStyle: StrokeStyle(width: 0.5))
    }
}
