import Foundation
import Testing
@testable import Charts

/// `ShortDigits.fourSignificant` against the C library's `%.4g` (trailing zeros dropped), which
/// `NumberFormat.short` used for every value before.
@Suite struct ShortDigitsTests {
    /// printf's answer (Foundation formats through the C library), trimmed as `NumberFormat.short` did.
    private func printf(_ value: Double) -> String {
        NumberFormat.trimmed(String(format: "%.4g", value))
    }

    @Test func agreesWithPrintfOnRandomMagnitudes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var checked = 0, differing: [Double] = []
        for k in 0..<60_000 {
            // Half spread over the decades, half short decimals (the ties printf must settle).
            let value: Double
            if k % 2 == 0 {
                value = pow(10, -4 + 7 * Double(next() % 1_000_000) / 1_000_000) * (next() % 2 == 0 ? 1 : -1)
            } else {
                value = Double(Int64(next() % 2_000_000) - 1_000_000) / [10.0, 100, 1000, 10_000, 100_000][Int(next() % 5)]
            }
            guard abs(value) >= 1e-4, abs(value) < 1000, let fast = ShortDigits.fourSignificant(value) else { continue }
            checked += 1
            if fast != printf(value) { differing.append(value) }
        }
        #expect(checked > 40_000)
        #expect(differing.isEmpty, "differ from printf: \(differing.prefix(5))")
    }

    @Test func roundsCarriesAndLeavesTiesToPrintf() {
        #expect(ShortDigits.fourSignificant(999.96) == "1000")
        #expect(ShortDigits.fourSignificant(-0.000123456) == "-0.0001235")
        #expect(ShortDigits.fourSignificant(0.1 + 0.2) == "0.3")
        #expect(ShortDigits.fourSignificant(120) == "120")
        #expect(ShortDigits.fourSignificant(1.0005) == nil)
        #expect(ShortDigits.fourSignificant(1000) == nil)
        #expect(NumberFormat.short(1.0005) == printf(1.0005))
        #expect(NumberFormat.short(2.675) == printf(2.675))
    }
}
