import Testing
import Foundation
@testable import Charts
import RenderTestSupport

@Suite struct TicksTests {
    @Test func stepsOfOneTwoOrFive() {
        #expect(Ticks.values(0, 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(Ticks.values(0, 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.values(0, 100, count: 3) == [0, 50, 100])
        #expect(Ticks.values(-1, 1, count: 4) == [-1, -0.5, 0, 0.5, 1])
    }

    @Test func decimalTicksAreExactNotFloatNoise() {
        let ticks = Ticks.values(0, 1, count: 10)
        #expect(ticks[3] == 0.3)  // 3 / 10, not 0.1 * 3
        #expect(NumberFormat.tickLabels(ticks, step: 0.1)[3] == "0.3")
    }

    @Test func doesNotIncludeNegativeZero() {
        for t in Ticks.values(-1, 1, count: 5) where t == 0 { #expect(t.sign == .plus) }
        let domain = AxisDomain.linear(-0.0, 0.7, count: 5)
        #expect(domain.lo.sign == .plus)
    }

    @Test func reversedDomainGivesAscendingTicks() {
        #expect(Ticks.values(10, 0, count: 5) == [0, 2, 4, 6, 8, 10])
    }

    @Test func degenerateInputs() {
        #expect(Ticks.values(.nan, 1, count: 5).isEmpty)
        #expect(Ticks.values(0, .infinity, count: 5).isEmpty)
        #expect(Ticks.values(3, 3, count: 5) == [3])
        #expect(Ticks.values(0, 1, count: 0).isEmpty)
    }

    @Test func nonsingularWidensZeroWidthDomains() {
        #expect(Ticks.nonsingular(5, 5) == (4.75, 5.25))
        #expect(Ticks.nonsingular(0, 0) == (-1, 1))
        #expect(Ticks.nonsingular(.nan, 1) == (0, 1))
        let domain = AxisDomain.linear(7, 7, count: 5)
        #expect(domain.lo < 7 && domain.hi > 7)
    }

    @Test func integerTicksAreWholeNumbers() {
        #expect(Ticks.values(0, 2, count: 8, integer: true) == [0, 1, 2])
        #expect(Ticks.values(0, 2, count: 8, integer: false) == [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2])
        #expect(Ticks.values(0, 100, count: 5, integer: true) == Ticks.values(0, 100, count: 5))
        #expect(AxisDomain.linear(0, 0.4, count: 5, includeZero: true, integer: true) == (0, 1))
    }

    /// Property: over many random domains, ticks have a 1/2/5 × 10^k step,
    /// distinct short labels, and their count stays near the request.
    @Test(arguments: [2, 3, 5, 8, 12])
    func propertiesOverRandomDomains(count: Int) {
        var rng = SplitMix(seed: UInt64(count))
        for _ in 0..<500 {
            let magnitude = pow10(Int(rng.next() % 16) - 8)
            let lo = (rng.unit() * 2 - 1) * magnitude
            let hi = lo + rng.unit() * magnitude * 3 + magnitude * 1e-6
            let ticks = Ticks.values(lo, hi, count: count)
            #expect(ticks.allSatisfy { $0 >= lo && $0 <= hi }, "ticks must lie inside \(lo)...\(hi)")
            #expect(ticks.count >= 1 && ticks.count <= 2 * count + 3, "\(ticks.count) ticks for count \(count)")
            let step = Ticks.step(lo, hi, count: count)
            let mantissa = step / pow10(Int(floor(log10(step))))
            #expect([1, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 }, "step \(step) is not 1, 2 or 5 × 10^k")
            let labels = NumberFormat.tickLabels(ticks, step: step)
            #expect(Set(labels).count == labels.count, "labels must be distinct: \(labels)")
            #expect(labels.allSatisfy { $0.count <= 9 }, "labels must be short: \(labels)")
        }
    }
}

func pow10(_ k: Int) -> Double { Foundation.pow(10, Double(k)) }
