import Testing
@testable import Charts
import RenderTestSupport

/// The histogram's passes: extent and finiteness, quartiles by selection, counting against edges.
@Suite struct HistogramBinningTests {
    /// numpy's "linear" quantile from a sorted copy: the reference the selection must match.
    static func sortedQuantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let i = Int(position.rounded(.down)), f = position - Double(i)
        return f > 0 && i + 1 < sorted.count ? sorted[i] + (sorted[i + 1] - sorted[i]) * f : sorted[i]
    }

    @Test func finiteExtentCountsWhatItSkips() {
        let extent = FiniteExtent([3, .nan, -2, .infinity, 7, -.infinity])
        #expect(extent.bounds?.lo == -2 && extent.bounds?.hi == 7)
        #expect(extent.count == 6 && extent.nonFinite == 3 && extent.finiteCount == 3)
        #expect(FiniteExtent([.nan]).bounds == nil)
        let both = FiniteExtent([1, 2]).merged(with: FiniteExtent([-5, .nan]))
        #expect(both.bounds?.lo == -5 && both.bounds?.hi == 2 && both.nonFinite == 1)
    }

    @Test func quartilesAgreeWithSorting() {
        var rng = SplitMix(seed: 7)
        for n in [1, 2, 3, 4, 5, 8, 101, 1000, 4097] {
            let values = (0..<n).map { _ in Double(rng.next() % 97) - 40.5 }
            var scratch = values
            let (q1, q3) = HistogramBins.quartiles(&scratch)
            #expect(q1 == Self.sortedQuantile(values, 0.25), "n \(n)")
            #expect(q3 == Self.sortedQuantile(values, 0.75), "n \(n)")
            #expect(scratch.sorted() == values.sorted(), "selection only reorders")
        }
    }

    /// Bucketed quartiles over several series, skipping non-finite values, match numpy's on a sorted
    /// copy: smooth and lumpy data, ties, a far outlier that crowds everything into one bucket, and a
    /// span too wide to bucket.
    @Test func bucketedQuartilesAgreeWithSorting() {
        var rng = SplitMix(seed: 11)
        let cases: [(String, [[Double]])] = [
            ("normal", [(0..<20_000).map { _ in rng.normal() }]),
            ("two series with NaN", [(0..<5001).map { _ in rng.normal() * 3 }, [.nan, 2, .infinity, -7] + (0..<999).map { _ in rng.unit() }]),
            ("ties", [(0..<9999).map { _ in Double(rng.next() % 5) }]),
            ("outlier", [(0..<10_000).map { _ in rng.unit() } + [1e12]]),
            ("tiny", [[4]]), ("pair", [[-1, 3]]), ("constant", [[2.5, 2.5, 2.5]]),
            ("span overflows", [[-1e308, 1, 2, 3, 1.5e308]]),
        ]
        for (name, series) in cases {
            let extent = series.map { FiniteExtent($0) }.reduce(FiniteExtent()) { $0.merged(with: $1) }
            let finite = series.flatMap { $0.filter(\.isFinite) }
            let (q1, q3) = HistogramBins.quartiles(of: series, extent: extent)
            #expect(q1 == Self.sortedQuantile(finite, 0.25), "\(name)")
            #expect(q3 == Self.sortedQuantile(finite, 0.75), "\(name)")
        }
    }

    @Test func kthWithinARangeLeavesTheRestAlone() {
        var values = [9.0, 8, 7, 6, 5, 4, 3, 2, 1, 0]
        #expect(Selection.kth(&values, 4, in: 2..<8) == 4)
        #expect(Array(values[0..<2]) == [9, 8] && Array(values[8...]) == [1, 0])
    }

    @Test func valuesOnEdgesOpenTheirBin() {
        // Edges 0, 0.1, …, 1: 0.3 and 0.7 are not exact multiples of 0.1 in binary, yet each
        // belongs to the bin its edge opens; 1 (the last edge) goes to the last bin.
        let edges = HistogramBins.edges(lo: 0, hi: 1, count: 10)
        var counts = [Int](repeating: 0, count: 10)
        HistogramCounts.add(edges, edges: edges, into: &counts)
        #expect(counts == [1, 1, 1, 1, 1, 1, 1, 1, 1, 2])
    }

    @Test func countingMatchesANaiveSearchAndSkipsNonFinite() {
        var rng = SplitMix(seed: 11)
        let values = (0..<5000).map { _ in Double(rng.next() % 10_000) / 37 - 100 } + [.nan, .infinity, -.infinity]
        let edges = HistogramBins.edges(lo: -90, hi: 150, count: 17)
        var counts = [Int](repeating: 0, count: 17)
        HistogramCounts.add(values, edges: edges, into: &counts)
        var expected = [Int](repeating: 0, count: 17)
        for v in values where v >= -90 && v <= 150 {
            let bin = edges.lastIndex { $0 <= v } ?? 0
            expected[Swift.min(16, bin)] += 1
        }
        #expect(counts == expected)
    }

    @Test(arguments: [1, 2, 7, 50, 333, 1000])
    func countingInsideTheEdgesMatchesANaiveSearch(bins: Int) {
        var rng = SplitMix(seed: UInt64(bins))
        let lo = -3.7, hi = 5.1
        let edges = HistogramBins.edges(lo: lo, hi: hi, count: bins)
        // Random values, every edge itself and its neighbours one ulp away: the cases where
        // the rounded guess and the floor could disagree.
        var values = (0..<20_000).map { _ in lo + (hi - lo) * Double(rng.next() % 1_000_001) / 1_000_000 }
        values += edges + edges.dropFirst().map { $0.nextDown } + edges.dropLast().map { $0.nextUp }
        var counts = [Int](repeating: 0, count: bins)
        HistogramCounts.add(values, edges: edges, into: &counts, allInside: true)
        var expected = [Int](repeating: 0, count: bins)
        for v in values {
            let bin = edges.lastIndex { $0 <= v } ?? 0
            expected[Swift.min(bins - 1, bin)] += 1
        }
        #expect(counts == expected)
    }

    @Test func aMeasuredExtentGivesTheSameHistogram() throws {
        let values: [Double] = [0.5, -2, 3, .nan, 7.25, 3, 1e-3]
        let measured = try Histogram(values, extent: FiniteExtent(values), bins: .count(4), density: false, title: nil,
                                     xLabel: nil, yLabel: nil, width: 640, height: 400)
        let plain = try Histogram(values, bins: .count(4))
        #expect(measured.edges == plain.edges && measured.heights == plain.heights)
        #expect(measured.droppedCount == 1)
    }

    @Test func edgesStayFiniteWhenTheSpanOverflows() {
        let edges = HistogramBins.edges(lo: -1e308, hi: 1.5e308, count: 5)
        #expect(edges.allSatisfy { $0.isFinite })
        let increasing = zip(edges, edges.dropFirst()).allSatisfy { pair in pair.0 < pair.1 }
        #expect(increasing)
        #expect(edges.first == -1e308 && edges.last == 1.5e308)
        var counts = [Int](repeating: 0, count: 5)
        HistogramCounts.add([-1e308, 0, 1.5e308], edges: edges, into: &counts)
        #expect(counts == [1, 1, 0, 0, 1])
    }

    @Test func histogramKeepsOnlyNamesAndBins() throws {
        let h = try Histogram(series: [NamedSeries("a", [1, 2, .nan]), NamedSeries("b", [2, 3])], bins: .count(2))
        #expect(h.seriesNames == ["a", "b"])
        #expect(h.heights == [[1, 1], [0, 2]])
        #expect(h.droppedCount == 1)
    }
}

/// Counting a large array splits it across cores; the sum of the pieces must be exact.
@Suite struct HistogramLargeCountTests {
    @Test(arguments: [true, false]) func largeArraysCountAsANaiveSearchDoes(allInside: Bool) {
        var rng = SplitMix(seed: 5)
        let n = HistogramCounts.parallelThreshold * 2 + 7
        var values = (0..<n).map { _ in Double(rng.next() % 100_000) / 1000 }
        if !allInside { values += [.nan, -1, 1e9, .infinity] }
        let edges = HistogramBins.edges(lo: 0, hi: 99.999, count: 23)
        var counts = [Int](repeating: 0, count: 23)
        HistogramCounts.add(values, edges: edges, into: &counts, allInside: allInside)
        var expected = [Int](repeating: 0, count: 23)
        for v in values where v >= edges[0] && v <= edges[23] {
            expected[Swift.min(22, edges.lastIndex { $0 <= v } ?? 0)] += 1
        }
        #expect(counts == expected)
    }
}
