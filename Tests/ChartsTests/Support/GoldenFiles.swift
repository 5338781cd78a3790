import Foundation
import Graphics
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
        guard let data = try? Data(contentsOf: url), let expected = PNGReader.read([UInt8](data)),
              let image = PNGReader.read(actual) else {
            Issue.record("missing or unreadable golden \(name); run with LOUPE_REGENERATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        let comparison = PixelComparison(image, expected, tolerance: 8)
        if comparison.fraction > 0.001 {
            recordFailure(name, actual: actual, comparison: comparison)
            Issue.record("\(name): \(comparison.differing) of \(comparison.total) pixels differ from the golden",
                         sourceLocation: sourceLocation)
        }
    }

    static func recordFailure(_ name: String, actual: [UInt8], comparison: PixelComparison) {
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        let base = failures.appendingPathComponent((name as NSString).deletingPathExtension)
        try? Data(actual).write(to: base.appendingPathExtension("actual.png"))
        if let diff = comparison.diffImage() { try? Data(PNGEncoder.encode(diff)).write(to: base.appendingPathExtension("diff.png")) }
    }
}

/// Pixels whose worst channel differs by more than `tolerance`.
struct PixelComparison {
    let a: PNGReader.Image
    let b: PNGReader.Image
    let differing: Int
    let total: Int
    let mask: [Bool]
    var fraction: Double { total == 0 ? 1 : Double(differing) / Double(total) }

    init(_ a: PNGReader.Image, _ b: PNGReader.Image, tolerance: Int) {
        self.a = a; self.b = b
        total = a.width * a.height
        guard a.width == b.width, a.height == b.height else { differing = total; mask = []; return }
        var m = [Bool](repeating: false, count: total)
        var count = 0
        for i in 0..<total {
            var worst = 0
            for k in 0..<3 { worst = Swift.max(worst, abs(Int(a.rgb[i * 3 + k]) - Int(b.rgb[i * 3 + k]))) }
            if worst > tolerance { m[i] = true; count += 1 }
        }
        differing = count; mask = m
    }

    /// The actual image faded, differing pixels in red.
    func diffImage() -> Pixmap? {
        guard !mask.isEmpty else { return nil }
        var pixels = [UInt8](repeating: 255, count: total * 4)
        for i in 0..<total {
            if mask[i] { pixels[i * 4] = 255; pixels[i * 4 + 1] = 0; pixels[i * 4 + 2] = 0; continue }
            for k in 0..<3 { pixels[i * 4 + k] = UInt8(255 - (255 - Int(a.rgb[i * 3 + k])) / 4) }
        }
        return Pixmap(width: a.width, height: a.height, pixels: pixels)
    }
}
