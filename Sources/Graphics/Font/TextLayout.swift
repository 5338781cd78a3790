/// Where a `TextRun`'s glyphs go: the anchor and baseline offsets and the
/// outline in user units. Shared by the rasterizer and the SVG writer so
/// both place text identically.
struct TextLayout {
    let run: TextRun
    let fonts: FontBook

    /// How far the alphabetic baseline lies below `run.position.y`, before rotation.
    static func baselineShift(_ baseline: TextBaseline, ascent: Double, descent: Double) -> Double {
        switch baseline {
        case .alphabetic: return 0
        case .middle: return (ascent - descent) / 2
        case .hanging: return ascent
        }
    }

    /// How far the text starts to the left of `run.position.x`, before rotation.
    static func anchorShift(_ anchor: TextAnchor, width: Double) -> Double {
        switch anchor {
        case .start: return 0
        case .middle: return -width / 2
        case .end: return -width
        }
    }

    /// The baseline shift for a run, from the font's metrics.
    var baselineShift: Double {
        let m = fonts.measure("", size: run.size, weight: run.weight)
        return Self.baselineShift(run.baseline, ascent: m.ascent, descent: m.descent)
    }

    /// The maps from text space (x along the baseline from the anchor point) to user space.
    var placement: Transform {
        Transform.translate(run.position.x, run.position.y)
            .concatenating(run.rotation.isFinite && run.rotation != 0 ? .rotate(degrees: run.rotation) : .identity)
    }

    /// All glyph outlines of the run, in user units (each glyph scaled by its own font's em).
    func outline() -> Path {
        let line = fonts.layout(run.text, weight: run.weight)
        let size = FontBook.finiteSize(run.size)
        let mainScale = size / Double(line.unitsPerEm)
        let dx = Self.anchorShift(run.anchor, width: line.width * mainScale)
        let base = placement.concatenating(.translate(dx, baselineShift))
        var elements: [Path.Element] = []
        for g in line.glyphs {
            guard let font = fonts.font(g.slot) else { continue }
            let scale = size / Double(font.unitsPerEm)
            let t = base.concatenating(Transform(a: scale, b: 0, c: 0, d: -scale, e: g.x * mainScale, f: 0))
            elements += fonts.outline(g.glyph, slot: g.slot).elements.map { $0.transformed(by: t) }
        }
        return Path(elements: elements)
    }
}

extension Path.Element {
    /// The element with every point mapped through `t`.
    func transformed(by t: Transform) -> Path.Element {
        switch self {
        case .move(let p): return .move(t.apply(p))
        case .line(let p): return .line(t.apply(p))
        case .quad(let c, let p): return .quad(control: t.apply(c), to: t.apply(p))
        case .cubic(let c1, let c2, let p): return .cubic(control1: t.apply(c1), control2: t.apply(c2), to: t.apply(p))
        case .close: return .close
        }
    }
}
