import Testing
@testable import Charts

@Suite struct NumberFormatTests {
    @Test func decimalsFollowTheStep() {
        #expect(NumberFormat.tickLabels([0, 0.5, 1], step: 0.5) == ["0.0", "0.5", "1.0"])
        #expect(NumberFormat.tickLabels([0, 20, 40], step: 20) == ["0", "20", "40"])
        #expect(NumberFormat.tickLabels([0.25, 0.5], step: 0.25) == ["0.25", "0.50"])
    }

    @Test func largeNumbersShortenWithSuffixes() {
        #expect(NumberFormat.tickLabels([0, 10_000, 20_000], step: 10_000) == ["0", "10k", "20k"])
        #expect(NumberFormat.tickLabels([1_000_000, 1_500_000, 2_000_000], step: 500_000) == ["1.0M", "1.5M", "2.0M"])
        #expect(NumberFormat.short(1_500_000) == "1.5M")
        #expect(NumberFormat.short(20_000) == "20k")
    }

    @Test func neverPrintsNegativeZeroOrNoise() {
        #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.short(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.short(-0.0) == "0")
    }

    @Test func tinyAndNonFiniteValues() {
        #expect(NumberFormat.short(0.00001234) == "1.23e-5")
        #expect(NumberFormat.short(.nan) == "NaN")
        #expect(NumberFormat.short(-.infinity) == "-∞")
        #expect(NumberFormat.plain(-1) == "-1")
        #expect(NumberFormat.plain(2.5) == "2.5")
    }

    @Test func percentages() {
        #expect(NumberFormat.percent(0.125) == "12.5%")
        #expect(NumberFormat.percent(0.25) == "25%")
    }
}
