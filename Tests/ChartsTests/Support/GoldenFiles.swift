import Foundation
import Graphics
import RenderTestSupport
import Testing

/// Golden files beside the tests: compared exactly (text) or within a pixel
/// tolerance (PNG); `LOUPE_REGENERATE_GOLDENS=1` re-records them and then
/// fails, so a fresh golden never passes silently. Failing image comparisons
/// leave `NAME-actual.png` and `NAME-diff.png` under `Failures/`.
enum GoldenFiles {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let failures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Failures")
    static var regenerating: Bool { ProcessInfo.processInfo.environment["LOUPE_REGENERATE_GOLDENS"] == "1" }

    static func checkText(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if regenerating {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("regenerated \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name); run with LOUPE_REGENERATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
            try? actual.write(to: failures.appendingPathComponent(name), atomically: true, encoding: .utf8)
            Issue.record("\(name) differs from its golden (actual written to Failures/)", sourceLocation: sourceLocation)
        }
    }

    static func checkPNG(_ actual: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if regenerating {
            try? Data(actual).write(to: url)
            Issue.record("regenerated \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url), let expected = DecodedImage.decode([UInt8](data)),
              let image = DecodedImage.decode(actual) else {
            Issue.record("missing or unreadable golden \(name); run with LOUPE_REGENERATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        let comparison = ImageComparison(image, expected, tolerance: 8)
        if comparison.fraction > 0.001 {
            recordFailure(name, actual: actual, comparison: comparison, width: image.width, height: image.height)
            Issue.record("\(name): \(comparison.differing) of \(comparison.total) pixels differ from the golden",
                         sourceLocation: sourceLocation)
        }
    }

    static func recordFailure(_ name: String, actual: [UInt8], comparison: ImageComparison, width: Int, height: Int) {
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        let base = failures.appendingPathComponent((name as NSString).deletingPathExtension)
        try? Data(actual).write(to: base.appendingPathExtension("actual.png"))
        if let diff = Pixmap(width: width, height: height, pixels: comparison.diff) {
            try? Data(PNGEncoder.encode(diff)).write(to: base.appendingPathExtension("diff.png"))
        }
    }
}
