import Foundation
import Platform
import Testing

@Suite struct CFormatTests {
    @Test(arguments: ["%.1f", "%.6g", "%.3g", "%.0f", "%.4g", "%.2e", "%.15f"])
    func formatsAsStringFormatDoes(format: String) {
        for value in [0.0, -0.0, 0.3, 1.0 / 3, -2.5, 12_345.678, 1e-7, 6.02e23, 1e300, .infinity, .nan] {
            #expect(CFormat.string(format, value) == String(format: format, value), "\(format) of \(value)")
        }
    }
}
