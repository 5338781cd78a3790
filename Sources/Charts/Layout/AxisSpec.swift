/// What an axis shows, before layout: a numeric extent or categories.
enum AxisSpec {
    /// Data from `lo` to `hi`, reaching `margin` of the span past it (see `AxisDomain`);
    /// `includeZero` stretches the domain to 0 (bars), `integer` keeps ticks whole (counts, epochs);
    /// `exact` takes `lo...hi` as the domain itself (no margin, no rounding to a tick).
    case linear(lo: Double, hi: Double, includeZero: Bool, margin: Double = 0, integer: Bool = false, exact: Bool = false)
    /// Positive data from `lo` to `hi`, shown by powers of ten.
    case log(lo: Double, hi: Double, margin: Double = 0)
    /// One band per category, in order; `padding` is the gap between bands
    /// as a fraction of the step (half of it at both ends).
    case band([String], padding: Double = 0.2)
}

/// An axis's scale once its pixel length is known (local coordinates from 0).
enum AxisScale {
    case linear(LinearScale)
    case log(LogScale)
    case band(BandScale)

    /// Pixel position of a data value (band: the centre of band `Int(value)`).
    func position(_ value: Double) -> Double {
        switch self {
        case .linear(let s): return s(value)
        case .log(let s): return s(value)
        case .band(let s): return s.center(Int(safe: value))
        }
    }

    var band: BandScale? {
        if case .band(let s) = self { return s }
        return nil
    }

    var isNumeric: Bool { band == nil }
}

/// How category labels along the x axis are set.
enum LabelMode: Equatable {
    case horizontal
    case wrapped
    /// Rotated by -45° (or -90°) and anchored at their end.
    case rotated(degrees: Double)
}

/// One labelled tick: pixel position along the axis (local) and its text lines.
struct AxisTick {
    var position: Double
    var lines: [String]
}

/// An axis laid out along a pixel length: its scale, ticks and label layout,
/// and the space its labels need across the axis.
struct AxisLayout {
    var scale: AxisScale
    var ticks: [AxisTick]
    /// Pixel positions of unlabelled minor ticks (log axes).
    var minorTicks: [Double] = []
    var mode: LabelMode
    /// Pixels needed perpendicular to the axis for tick marks and labels.
    var depth: Double
    /// Pixels the first/last label overhangs the axis ends (horizontal axes).
    var overhang: Double = 0
    /// Pixels rotated labels reach left of the axis start.
    var leftOverhang: Double = 0
    /// The tick labels' font size when category labels had to shrink to fit one per band.
    var labelSize: Double?
}
