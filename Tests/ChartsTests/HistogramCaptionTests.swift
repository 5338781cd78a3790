import Foundation
import Graphics
import Testing
@testable import Charts
import RenderTestSupport

/// What a histogram says about values its bars cannot show, and the bins it picks by itself.
@Suite struct HistogramCaptionTests {
    @Test func aFarValueIsReportedAndItsBarStaysVisible() throws {
        let chart = try Histogram(Gallery.normal(999, seed: 12) + [60])
        #expect(chart.outliers.above?.count == 1)
        #expect(chart.outliers.below == nil)
        let note = try #require(chart.note)
        #expect(note.hasPrefix("1 outlier ≥ ") && note.hasSuffix("(max 60)"), "\(note)")
        let bars = try barRects(chart)
        #expect(bars.count == chart.heights[0].filter { $0 > 0 }.count, "every non-empty bin is drawn")
        #expect(bars.allSatisfy { $0.height >= Histogram.minimumBarHeight - 1e-9 })
        #expect(chart.text().contains(note))
    }

    @Test func wellBehavedDataHaveNoOutlierNote() throws {
        #expect(try Histogram(Gallery.normal(2000, seed: 1)).note == nil)
        #expect(try Histogram(Gallery.normal(300, seed: 2) + [.nan]).note == "1 non-finite value not shown")
    }

    /// Property: the caption's numbers are exact — the count it gives is the number of values at or
    /// past the printed bound, whatever the data.
    @Test func outlierCountsMatchTheData() throws {
        var rng = SplitMix(seed: 5)
        for trial in 0..<200 {
            var values = Gallery.normal(200 + Int(rng.next() % 800), seed: UInt64(trial), std: 1 + 10 * rng.unit())
            let far = Int(rng.next() % 4)
            for _ in 0..<far { values.append((rng.unit() < 0.5 ? -1 : 1) * (50 + 500 * rng.unit())) }
            let chart = try Histogram(values, bins: .count(10 + Int(rng.next() % 60)))
            if let above = chart.outliers.above {
                #expect(values.filter { $0 >= above.edge }.count == above.count)
                #expect(Double(HistogramOutliers.bound(above.edge, down: true).replacingOccurrences(of: "\u{2212}", with: "-")) ?? .nan <= above.edge)
            }
            if let below = chart.outliers.below {
                #expect(values.filter { $0 < below.edge }.count == below.count)
                #expect(Double(HistogramOutliers.bound(below.edge, down: false).replacingOccurrences(of: "\u{2212}", with: "-")) ?? .nan >= below.edge)
            }
            if far > 0, chart.outliers.isEmpty {
                Issue.record("trial \(trial): \(far) values 50+ away from a normal sample went unreported")
            }
        }
    }

    @Test func defaultBinsFitFewValues() throws {
        let whole = try Histogram([3, 1, 4, 1, 5, 9, 2, 6, 5])
        #expect(whole.wholeNumberBins)
        #expect(whole.edges == (0...9).map { Double($0) + 0.5 })
        let few = try Histogram([0.3, 1.7, 2.2, 2.9, 3.4, 4.8, 5.1, 6.6, 8.05])
        #expect(few.edges.count - 1 == 5, "9 values get Sturges' 5 bins, not 30")
        #expect(try Histogram(Gallery.normal(2000, seed: 1)).edges.count - 1 == HistogramBins.standardCount)
        #expect(try Histogram([3, 1, 4, 1, 5, 9, 2, 6, 5], bins: .count(30)).edges.count == 31, "an explicit count is kept")
    }

    private func barRects(_ chart: Histogram) throws -> [Rect] {
        let fonts = try #require(GoldenImageTests.fonts)
        let color = chart.options.theme.theme.color(0)
        return chart.scene(measurer: fonts).nodes.flatMap { node -> [Rect] in
            guard case .shape(let shape) = node, shape.fill == .solid(color) else { return [] }
            return Self.subpathBounds(shape.path)
        }
    }

    /// The bounding box of each subpath (each bar is one rectangle).
    static func subpathBounds(_ path: Path) -> [Rect] {
        var boxes: [Rect] = [], points: [Point] = []
        func flush() {
            guard let first = points.first else { return }
            var lo = first, hi = first
            for p in points { lo = Point(Swift.min(lo.x, p.x), Swift.min(lo.y, p.y)); hi = Point(Swift.max(hi.x, p.x), Swift.max(hi.y, p.y)) }
            boxes.append(Rect(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y))
            points = []
        }
        for element in path.elements {
            switch element {
            case .move(let p): flush(); points = [p]
            case .line(let p): points.append(p)
            case .quad(_, let p), .cubic(_, _, let p): points.append(p)
            case .close: break
            }
        }
        flush()
        return boxes
    }
}
