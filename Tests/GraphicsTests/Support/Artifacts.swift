import RenderTestSupport
import Foundation
@testable import Graphics

/// Where goldens live (in the source tree) and where failing comparisons leave their evidence.
enum Artifacts {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let golden = testsDirectory.appendingPathComponent("Golden")
    static let failures = testsDirectory.appendingPathComponent("Failures")

    /// Whether `LOUPE_REGENERATE_GOLDENS=1` asks to re-record goldens.
    static var regenerating: Bool { ProcessInfo.processInfo.environment["LOUPE_REGENERATE_GOLDENS"] == "1" }

    /// Writes the actual PNG and a side-by-side image — expected | actual | diff
    /// (differing pixels red) — under Failures/.
    static func recordFailure(_ name: String, actual png: [UInt8], expected: DecodedImage, actual: DecodedImage,
                              comparison: ImageComparison) {
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        try? Data(png).write(to: failures.appendingPathComponent("\(name)-actual.png"))
        let w = max(expected.width, actual.width), h = max(expected.height, actual.height)
        var side = Pixmap(width: 3 * w, height: h)
        let panels: [(pixels: [UInt8], width: Int, height: Int)] = [
            (expected.overWhite(), expected.width, expected.height),
            (actual.overWhite(), actual.width, actual.height),
            (comparison.diff, actual.width, actual.height),
        ]
        for (k, panel) in panels.enumerated() where panel.pixels.count >= panel.width * panel.height * 4 {
            for y in 0..<panel.height {
                for x in 0..<panel.width {
                    let src = (y * panel.width + x) * 4, dst = (y * 3 * w + k * w + x) * 4
                    for c in 0..<4 { side.pixels[dst + c] = panel.pixels[src + c] }
                }
            }
        }
        try? Data(PNGEncoder.encode(side)).write(to: failures.appendingPathComponent("\(name)-expected-actual-diff.png"))
    }
}
