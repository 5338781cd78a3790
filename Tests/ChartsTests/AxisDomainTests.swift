import Foundation
import Testing
@testable import Charts
import RenderTestSupport

/// The domain policy of every numeric axis: tight around the data (≥ 90 % fill unless zero is
/// included on purpose), round ends only where a tick is close, and at least two labelled ticks.
@Suite struct AxisDomainTests {
    @Test func issueExamplesAreTight() {
        // A histogram of ±4.3 was drawn on ±6 (72 % fill); matplotlib draws ±4.73.
        let histogram = AxisDomain.linear(-4.3, 4.3, count: 8, margin: AxisDomain.barMargin)
        #expect(8.6 / (histogram.hi - histogram.lo) >= 0.95)
        // Bars up to 187 end on the 200 tick (93.5 % fill); bars up to 35 do not go on to 40.
        #expect(AxisDomain.linear(0, 187, count: 6, margin: AxisDomain.barMargin, includeZero: true) == (0, 200))
        #expect(AxisDomain.linear(0, 35, count: 6, margin: AxisDomain.barMargin, includeZero: true) == (0, 35.7))
        // A log axis of 0.057…2.9 was drawn on 0.01…10 (two wasted decades of 3.2).
        let log = AxisDomain.log(0.057, 2.9, margin: AxisDomain.pointMargin)
        let decades = Foundation.log10(log.hi) - Foundation.log10(log.lo)
        #expect(log.lo < 0.057 && log.hi > 2.9 && Foundation.log10(2.9 / 0.057) / decades >= 0.9)
    }

    @Test func roundEndsWhenATickIsClose() {
        #expect(AxisDomain.linear(0, 199, count: 8) == (0, 200))
        #expect(AxisDomain.linear(0.13, 0.87, count: 10) == (0.1, 0.9))
        #expect(AxisDomain.linear(1, 25, count: 6, integer: true) == (0, 25))
        #expect(AxisDomain.linear(3, 97, count: 6) == (0, 100))
        #expect(AxisDomain.linear(14, 86, count: 6) == (14, 86))
        let padded = AxisDomain.linear(0, 10, count: 5, margin: 0.04)
        #expect(padded.lo == -0.4 && padded.hi == 10.4, "a tick exactly at the data end is not enough room for points")
    }

    /// Property: fill ≥ 90 %, the data inside, each end either the data end moved by the margin or a
    /// tick within 5 % of the span, and the laid-out axis has at least two ticks inside the domain.
    @Test(arguments: [0.0, AxisDomain.barMargin, AxisDomain.pointMargin])
    func linearDomainsOverRandomData(margin: Double) {
        var rng = SplitMix(seed: UInt64(margin * 1000) + 7)
        for _ in 0..<2000 {
            let magnitude = pow10(Int(rng.next() % 16) - 8)
            let integer = rng.next() % 4 == 0 && magnitude >= 1
            var a = (rng.unit() * 2 - 1) * magnitude
            var b = a + rng.unit() * magnitude * 3 + magnitude * 1e-6
            if integer { a = a.rounded(); b = b.rounded() }
            let includeZero = rng.next() % 3 == 0
            let count = 2 + Int(rng.next() % 10)
            let spec = AxisSpec.linear(lo: a, hi: b, includeZero: includeZero, margin: margin, integer: integer)
            let layout = AxisLayout.numeric(spec, length: 400, count: count, reversed: false)
            guard case .linear(let scale) = layout.scale else { Issue.record("not linear"); return }
            let (lo, hi) = scale.domain
            let dataLo = includeZero ? Swift.min(a, 0) : a, dataHi = includeZero ? Swift.max(b, 0) : b
            let span = dataHi - dataLo
            #expect(lo <= dataLo && hi >= dataHi, "\(lo)...\(hi) must cover \(dataLo)...\(dataHi)")
            if !integer || span >= 1 {
                #expect(span / (hi - lo) >= 0.9 - 1e-9, "fill \(span / (hi - lo)) for \(a)...\(b) on \(lo)...\(hi)")
            }
            let values = layout.ticks.map { scale.invert($0.position) }
            #expect(layout.ticks.count >= 2, "\(layout.ticks.count) ticks on \(lo)...\(hi)")
            #expect(values.allSatisfy { $0 >= lo - 1e-9 * abs(hi - lo) && $0 <= hi + 1e-9 * abs(hi - lo) })
            if integer { #expect(values.allSatisfy { abs($0 - $0.rounded()) < 1e-6 }, "whole ticks: \(values)") }
        }
    }

    /// Property: a log axis fills ≥ 90 % of its decades, covers the data, and has ≥ 2 labels.
    @Test func logDomainsOverRandomData() {
        var rng = SplitMix(seed: 99)
        for _ in 0..<2000 {
            let a = pow10(Int(rng.next() % 20) - 10) * (1 + 9 * rng.unit())
            let b = a * Foundation.pow(10, rng.unit() * 6 + 0.01)
            let layout = AxisLayout.numeric(.log(lo: a, hi: b, margin: AxisDomain.pointMargin), length: 300, count: 6, reversed: true)
            guard case .log(let scale) = layout.scale else { Issue.record("not log"); return }
            let (lo, hi) = scale.domain
            let fill = (Foundation.log10(b) - Foundation.log10(a)) / (Foundation.log10(hi) - Foundation.log10(lo))
            #expect(lo <= a && hi >= b)
            #expect(fill >= 0.9 - 1e-9, "fill \(fill) for \(a)...\(b) on \(lo)...\(hi)")
            #expect(layout.ticks.count >= 2, "\(layout.ticks.map(\.lines)) on \(lo)...\(hi)")
        }
    }
}
