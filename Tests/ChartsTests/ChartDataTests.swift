import Testing
@testable import Charts

@Suite struct ChartDataTests {
    @Test func freedmanDiaconisBinCount() {
        let values = (0..<1000).map { Double($0) }
        // IQR = 749.25 - 249.75 = 499.5; width = 2·499.5·1000^(-1/3) = 99.9; range 999 → 10 bins
        let edges = HistogramBins.auto.edges(for: values)
        #expect(edges.count == 11)
        #expect(edges.first == 0 && edges.last == 999)
    }

    @Test func sturgesWhenIQRIsZero() {
        let values = [Double](repeating: 5, count: 100) + [1, 9]
        // log2(102) = 6.67 → 7, + 1 = 8 bins
        #expect(HistogramBins.auto.edges(for: values).count == 9)
    }

    @Test func countsAddUpAndDensityIntegratesToOne() throws {
        let data = Gallery.normal(500, seed: 3)
        let h = try Histogram(data, bins: .count(20))
        #expect(h.heights[0].reduce(0, +) == 500)
        let d = try Histogram(data, bins: .count(20), density: true)
        let width = (d.edges[1] - d.edges[0])
        #expect(abs(d.heights[0].reduce(0, +) * width - 1) < 1e-9)
    }

    @Test func constantDataGetsAUnitWideBin() throws {
        let h = try Histogram([4, 4, 4], bins: .count(1))
        #expect(h.edges == [3.5, 4.5])
        #expect(h.heights == [[3]])
    }

    @Test func tensorBoardDebiasedEMA() {
        // last = 0.5·0 + 0.5·1 = 0.5 → 0.5 / (1 − 0.5) = 1
        // last = 0.5·0.5 + 0.5·2 = 1.25 → 1.25 / (1 − 0.25) = 5/3
        let s = LinePlot.smoothed([1, 2], weight: 0.5)
        #expect(s[0] == 1)
        #expect(abs(s[1] - 5.0 / 3.0) < 1e-12)
        #expect(LinePlot.smoothed([3, 3, 3, 3], weight: 0.9).allSatisfy { abs($0 - 3) < 1e-9 })
        #expect(LinePlot.smoothed([1, .nan, 1], weight: 0.6)[1].isNaN)
    }

    @Test func pieGroupsTinySlicesAsOther() throws {
        let pie = try PieChart(labels: ["a", "b", "c", "d"], values: [90, 9, 0.5, 0.5])
        #expect(pie.slices.map(\.label) == ["a", "b", "Other"])
        #expect(abs(pie.slices.map(\.fraction).reduce(0, +) - 1) < 1e-12)
        let single = try PieChart(labels: ["a", "b", "c"], values: [99, 0.5, 50])
        #expect(single.slices.count == 3, "one tiny slice is labelled, not grouped")
    }

    @Test func stackedBarsStackPositiveAndNegativeSeparately() throws {
        let chart = try BarChart(labels: ["x"], series: [NamedSeries("a", [2]), NamedSeries("b", [-1]), NamedSeries("c", [3])],
                                 stacked: true)
        let bars = chart.bars
        #expect(bars.map(\.from) == [0, 0, 2])
        #expect(bars.map(\.to) == [2, -1, 5])
    }

    @Test func scatterClassesInOrderOfAppearance() throws {
        let s = try ScatterPlot(x: [1, 2, 3, 4], y: [1, 2, 3, 4], labels: ["b", "a", "b", "c"])
        #expect(s.classes == ["b", "a", "c"])
        #expect(s.groups == [[0, 2], [1], [3]])
    }

    @Test func modifiersReturnChangedCopies() throws {
        let base = try BarChart(labels: ["a"], values: [1])
        let changed = base.title("T").size(width: 300, height: 200).theme(.dark)
        #expect(base.options.title == nil && base.options.width == 640 && base.options.height == 400)
        #expect(changed.options.title == "T" && changed.options.width == 300 && changed.options.theme == .dark)
        #expect(base.size(width: .nan, height: 1e9).options.height == ChartOptions.sizeRange.upperBound)
    }
}
