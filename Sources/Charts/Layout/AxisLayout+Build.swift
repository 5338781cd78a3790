#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// Builds `AxisLayout`s: picks tick counts that fit the axis length and
/// label modes that never overlap.
extension AxisLayout {
    static let tickLength = 4.0
    static let minorTickLength = 2.0
    static let labelGap = 3.0

    /// A vertical axis of `length` pixels, value 0 at the bottom.
    static func vertical(_ spec: AxisSpec, length: Double, maxLabelWidth: Double,
                         style: TextStyle, measurer: any TextMeasurer) -> AxisLayout {
        switch spec {
        case .band(let names, let padding):
            let scale = BandScale(count: names.count, range: (0, length), paddingInner: padding, paddingOuter: padding / 2)
            let style = labelStyle(style, step: abs(scale.step), measurer: measurer) { $0 + 2 }
            let every = thinning(step: abs(scale.step), needed: style.lineHeight(measurer) + 2)
            var ticks: [AxisTick] = []
            for (i, name) in names.enumerated() where i % every == 0 {
                let text = TextFit.truncate(name, width: maxLabelWidth, style: style, measurer: measurer)
                ticks.append(AxisTick(position: scale.center(i), lines: [text]))
            }
            return AxisLayout(scale: .band(scale), ticks: ticks, mode: .horizontal,
                              depth: widest(ticks, style, measurer) + 6, labelSize: style.size)
        case .linear, .log:
            var layout = numeric(spec, length: length, count: Swift.max(3, Int(length / 45)), reversed: true)
            layout.depth = tickLength + labelGap + widest(layout.ticks, style, measurer)
            return layout
        }
    }

    /// A horizontal axis of `length` pixels.
    static func horizontal(_ spec: AxisSpec, length: Double, maxLabelWidth: Double,
                           style: TextStyle, measurer: any TextMeasurer) -> AxisLayout {
        let lineHeight = style.lineHeight(measurer)
        switch spec {
        case .band(let names, let padding):
            return band(names, padding: padding, length: length, maxLabelWidth: maxLabelWidth, lineHeight: lineHeight,
                        style: style, measurer: measurer)
        case .linear, .log:
            var count = Swift.max(2, Int(length / 80))
            while true {
                var layout = numeric(spec, length: length, count: count, reversed: false)
                let widths = layout.ticks.map { style.metrics($0.lines[0], measurer).width }
                if count <= 2 || fits(layout.ticks, widths: widths, gap: 12) {
                    layout.depth = tickLength + labelGap + lineHeight
                    layout.overhang = overhang(layout, widths: widths, length: length)
                    return layout
                }
                count -= 1
            }
        }
    }

    private static func band(_ names: [String], padding: Double, length: Double, maxLabelWidth: Double, lineHeight: Double,
                             style: TextStyle, measurer: any TextMeasurer) -> AxisLayout {
        let scale = BandScale(count: names.count, range: (0, length), paddingInner: padding, paddingOuter: padding / 2)
        let room = abs(scale.step) - 6
        let widths = names.map { style.metrics($0, measurer).width }
        if (widths.max() ?? 0) <= room {
            let ticks = names.enumerated().map { AxisTick(position: scale.center($0.offset), lines: [$0.element]) }
            return AxisLayout(scale: .band(scale), ticks: ticks, mode: .horizontal,
                              depth: labelGap + 4 + lineHeight)
        }
        let wrapped = names.map { TextFit.wrap($0, width: room, maxLines: 2, style: style, measurer: measurer) }
        if wrapped.allSatisfy({ $0 != nil }) {
            let ticks = zip(names.indices, wrapped).map { AxisTick(position: scale.center($0), lines: $1 ?? []) }
            return AxisLayout(scale: .band(scale), ticks: ticks, mode: .wrapped,
                              depth: labelGap + 4 + 2 * lineHeight + 2)
        }
        let style = labelStyle(style, step: abs(scale.step), measurer: measurer) { $0 + 2 }
        let lineHeight = style.lineHeight(measurer)
        // −45° only when its wider spacing still gives every band a label; else −90°.
        let step = abs(scale.step)
        let degrees = step >= lineHeight * 1.5 && lineHeight * 2.0.squareRoot() + 2 <= step ? -45.0 : -90.0
        let spacing = degrees == -45 ? lineHeight * 2.0.squareRoot() + 2 : lineHeight + 2
        let every = thinning(step: abs(scale.step), needed: spacing)
        var ticks: [AxisTick] = []
        var widest = 0.0
        for (i, name) in names.enumerated() where i % every == 0 {
            let text = TextFit.truncate(name, width: maxLabelWidth, style: style, measurer: measurer)
            widest = Swift.max(widest, style.metrics(text, measurer).width)
            ticks.append(AxisTick(position: scale.center(i), lines: [text]))
        }
        let s = degrees == -45 ? 0.5.squareRoot() : 1.0
        var layout = AxisLayout(scale: .band(scale), ticks: ticks, mode: .rotated(degrees: degrees),
                                depth: labelGap + 4 + widest * s + lineHeight * s, labelSize: style.size)
        if degrees == -45 {
            layout.leftOverhang = ticks.map { style.metrics($0.lines.first ?? "", measurer).width * s - $0.position }.max() ?? 0
        }
        return layout
    }

    /// Ticks for a linear or log axis of `length` pixels over the domain `AxisDomain` gives.
    static func numeric(_ spec: AxisSpec, length: Double, count: Int, reversed: Bool) -> AxisLayout {
        let range = reversed ? (length, 0.0) : (0.0, length)
        switch spec {
        case .log(let lo, let hi, let margin):
            let maxCount = Swift.max(2, count + 1)
            let domain = AxisDomain.log(lo, hi, margin: margin)
            let scale = LogScale(domain: (domain.lo, domain.hi), range: range)
            var values = LogScale.ticks(domain.lo, domain.hi, maxCount: maxCount)
            var labels = values.map(NumberFormat.short)
            if values.count < 2 {
                values = Ticks.values(domain.lo, domain.hi, count: count)
                labels = NumberFormat.tickLabels(values, step: Ticks.step(domain.lo, domain.hi, count: count))
            }
            let minor = LogScale.minorTicks(domain.lo, domain.hi, major: values).map { scale($0) }
            let ticks = zip(values, labels).map { AxisTick(position: scale($0), lines: [$1]) }
            return AxisLayout(scale: .log(scale), ticks: ticks, minorTicks: minor, mode: .horizontal, depth: 0)
        case .linear(let lo, let hi, let includeZero, let margin, let integer, let exact):
            let domain = exact && lo < hi && lo.isFinite && hi.isFinite ? (lo: lo, hi: hi)
                : AxisDomain.linear(lo, hi, count: count, margin: margin, includeZero: includeZero, integer: integer)
            let scale = LinearScale(domain: (domain.lo, domain.hi), range: range)
            var tickCount = count
            var values = Ticks.values(domain.lo, domain.hi, count: tickCount, integer: integer)
            while values.count < 2, tickCount < 4 * count + 4 {
                tickCount *= 2
                values = Ticks.values(domain.lo, domain.hi, count: tickCount, integer: integer)
            }
            let step = Ticks.step(domain.lo, domain.hi, count: tickCount, integer: integer)
            let labels = NumberFormat.tickLabels(values, step: step)
            let ticks = zip(values, labels).map { AxisTick(position: scale($0), lines: [$1]) }
            return AxisLayout(scale: .linear(scale), ticks: ticks, mode: .horizontal, depth: 0)
        case .band:
            return AxisLayout(scale: .linear(LinearScale(domain: (0, 1), range: range)), ticks: [], mode: .horizontal, depth: 0)
        }
    }

    /// Pixels the last tick label reaches past the axis end (ticks now stop short of the end).
    private static func overhang(_ layout: AxisLayout, widths: [Double], length: Double) -> Double {
        guard let last = layout.ticks.last, let width = widths.last else { return 0 }
        return Swift.max(0, last.position + width / 2 - length)
    }

    /// The smallest size category labels shrink to before some are left out.
    static let minimumLabelSize = 9.0

    /// `style` at the largest size, down to `minimumLabelSize` in half points, whose labels
    /// `spacing(lineHeight)` apart fit one per band of `step` pixels (the smallest when none does).
    static func labelStyle(_ style: TextStyle, step: Double, measurer: any TextMeasurer,
                           spacing: (Double) -> Double) -> TextStyle {
        var candidate = style
        while candidate.size > minimumLabelSize, spacing(candidate.lineHeight(measurer)) > step {
            candidate.size = Swift.max(minimumLabelSize, candidate.size - 0.5)
        }
        return candidate
    }

    /// Show every n-th label so labels `needed` pixels apart do not collide.
    static func thinning(step: Double, needed: Double) -> Int {
        guard step > 0 else { return 1 }
        return Swift.max(1, Int(safe: (needed / step).rounded(.up)))
    }

    static func fits(_ ticks: [AxisTick], widths: [Double], gap: Double) -> Bool {
        guard ticks.count > 1 else { return true }
        for i in 1..<ticks.count {
            let distance = abs(ticks[i].position - ticks[i - 1].position)
            if distance < (widths[i] + widths[i - 1]) / 2 + gap { return false }
        }
        return true
    }

    static func widest(_ ticks: [AxisTick], _ style: TextStyle, _ measurer: any TextMeasurer) -> Double {
        ticks.flatMap(\.lines).map { style.metrics($0, measurer).width }.max() ?? 0
    }
}
