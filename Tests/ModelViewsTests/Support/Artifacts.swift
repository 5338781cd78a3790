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

    /// Writes the actual image and a diff image (differing pixels red) under Failures/.
    static func recordFailure(_ name: String, actual: [UInt8], comparison: ImageComparison, width: Int, height: Int) {
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        try? Data(actual).write(to: failures.appendingPathComponent("\(name)-actual.png"))
        if let diff = Pixmap(width: width, height: height, pixels: comparison.diff) {
            try? Data(PNGEncoder.encode(diff)).write(to: failures.appendingPathComponent("\(name)-diff.png"))
        }
    }
}
