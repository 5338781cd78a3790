import Graphics
import RenderTestSupport
import Testing
@testable import Charts

@Suite struct AlgorithmTests {
    @Test func quickselectAgreesWithSorting() {
        var rng = SplitMix(seed: 42)
        for n in [1, 2, 3, 10, 101, 1000] {
            let values = (0..<n).map { _ in Double(rng.next() % 50) }
            let sorted = values.sorted()
            for k in Set([0, n / 4, n / 2, n - 1]) {
                var scratch = values
                #expect(Selection.kth(&scratch, k) == sorted[k], "n \(n), k \(k)")
            }
        }
    }

    @Test func quantileMatchesNumpyLinearMethod() {
        var values = [1.0, 2, 3, 4]
        // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
        #expect(HistogramBins.quantile(&values, 0.25) == 1.75)
        #expect(HistogramBins.quantile(&values, 1) == 4)
    }

    @Test func m4KeepsExtremesOfEveryPixelColumn() {
        let points = (0..<10_000).map { i in Point(Double(i) / 100, Double((i * 7919) % 1000)) }
        let reduced = Decimation.m4(points, columns: 100)
        #expect(reduced.count <= 400 && reduced.count >= 100)
        for column in 0..<100 {
            let all = points.filter { Int($0.x) == column }.map(\.y)
            let kept = reduced.filter { Int($0.x) == column }.map(\.y)
            #expect(kept.min() == all.min() && kept.max() == all.max())
            #expect(kept.first == all.first && kept.last == all.last)
        }
    }

    @Test func m4LeavesShortOrUnorderedLinesAlone() {
        let short = (0..<10).map { Point(Double($0), 0) }
        #expect(Decimation.m4(short, columns: 100) == short)
        let zigzag = (0..<1000).map { Point(Double($0 % 2 == 0 ? $0 : 1000 - $0), 0) }
        #expect(Decimation.m4(zigzag, columns: 10) == zigzag)
    }

    @Test func pixelComparisonCountsChangedPixels() {
        let a = DecodedImage(width: 2, height: 1, rgba: [0, 0, 0, 255, 255, 255, 255, 255])
        var b = a
        b.rgba[0] = 100
        #expect(ImageComparison(a, b, tolerance: 16).differing == 1)
        #expect(ImageComparison(a, b, tolerance: 120).differing == 0)
    }
}
