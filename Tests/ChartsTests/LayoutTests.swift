import RenderTestSupport
import Graphics
import Testing
@testable import Charts

/// Layout checked without pixels: label boxes from the scene's text runs.
@Suite struct LayoutTests {
    static let measurer = FixedMeasurer()

    @Test func noTwoLabelsOverlapInAnyGalleryChart() throws {
        let measurers: [any TextMeasurer] = [Self.measurer] + ((try? FontBook.system()).map { [$0] } ?? [])
        for measurer in measurers {
            for (name, chart) in try Gallery.all() {
                let inspection = SceneInspection(chart.scene(measurer: measurer), measurer: measurer)
                let overlaps = inspection.overlappingLabels()
                #expect(overlaps.isEmpty, "\(name): overlapping labels \(overlaps.prefix(3)) with \(type(of: measurer))")
            }
        }
    }

    @Test func everyLabelStaysOnTheCanvas() throws {
        for (name, chart) in try Gallery.all() {
            let scene = chart.scene(measurer: Self.measurer)
            for label in SceneInspection(scene, measurer: Self.measurer).labels {
                let b = label.box
                #expect(b.minX >= -0.5 && b.minY >= -0.5 && b.maxX <= scene.width + 0.5 && b.maxY <= scene.height + 0.5,
                        "\(name): '\(label.text)' at \(b) leaves the \(scene.width)×\(scene.height) canvas")
            }
        }
    }

    @Test func textSizesAreLegible() throws {
        for (name, chart) in try Gallery.all() where !(chart is NetworkDiagram) {
            let scene = chart.scene(measurer: Self.measurer)
            for node in flatten(scene.nodes) {
                guard case .text(let run) = node else { continue }
                let range = run.weight == .bold ? 14.0...16.0 : 10.0...13.0
                #expect(range.contains(run.size), "\(name): '\(run.text)' at \(run.size) px")
            }
        }
    }

    @Test(arguments: [(640.0, 400.0), (320.0, 200.0), (1200.0, 300.0), (300.0, 800.0)])
    func ticksDoNotOverlapAtAnySize(width: Double, height: Double) throws {
        var rng = SplitMix(seed: UInt64(width))
        for _ in 0..<40 {
            let scale = pow10(Int(rng.next() % 12) - 5)
            let xs = (0..<20).map { _ in (rng.unit() - 0.3) * scale * 7 }
            let ys = (0..<20).map { _ in (rng.unit() - 0.5) * scale * 3 + scale * 1000 }
            let chart = try ScatterPlot(x: xs, y: ys, width: width, height: height)
            let inspection = SceneInspection(chart.scene(measurer: Self.measurer), measurer: Self.measurer)
            #expect(inspection.overlappingLabels().isEmpty, "scale \(scale): \(inspection.overlappingLabels().prefix(2))")
            #expect(inspection.labels.count >= 4, "both axes keep at least two ticks")
        }
    }

    @Test func insideLegendCoversNoMarks() {
        let plot = Rect(x: 0, y: 0, width: 400, height: 300)
        let marks = [Rect(x: 350, y: 10, width: 40, height: 40)]
        let corner = LegendPlacement.inside(plot: plot, legend: Size(width: 80, height: 40), footprint: marks)
        #expect(corner == Point(8, 8), "top-right is taken, so top-left")
        let everywhere = [Rect(x: 0, y: 0, width: 400, height: 300)]
        #expect(LegendPlacement.inside(plot: plot, legend: Size(width: 80, height: 40), footprint: everywhere) == nil)
    }

    @Test func longCategoryLabelsRotateOrWrap() throws {
        let measurer = Self.measurer
        let long = try BarChart(labels: (0..<20).map { "category number \($0)" }, values: Array(repeating: 1, count: 20))
        let rotated = SceneInspection(long.scene(measurer: measurer), measurer: measurer).labels.filter { $0.text.hasPrefix("category") }
        #expect(rotated.count == 20)
        let wrapped = try BarChart(labels: ["first quarter", "second quarter", "third quarter", "fourth quarter", "annual total"],
                                   values: [1, 2, 3, 4, 5], width: 400)
        let lines = SceneInspection(wrapped.scene(measurer: measurer), measurer: measurer).labels.map(\.text)
        #expect(lines.contains("first") && lines.contains("quarter"))
    }

    private func flatten(_ nodes: [Node]) -> [Node] {
        nodes.flatMap { node -> [Node] in
            if case .group(let g) = node { return flatten(g.children) }
            return [node]
        }
    }
}
