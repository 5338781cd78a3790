import RenderTestSupport
import Graphics
import Testing
@testable import Charts

/// Every category is labelled: band labels shrink (down to 9 px) before any is left out, and a
/// bar chart whose size was not given grows until each category keeps its label.
@Suite struct CategoryLabelTests {
    static let measurer = FixedMeasurer()

    static func bars(_ n: Int, horizontal: Bool = false) throws -> BarChart {
        try BarChart(labels: (0..<n).map { "c\($0)" }, values: (0..<n).map { Double($0 % 7 + 1) }, horizontal: horizontal)
    }

    static func shownLabels(_ scene: Scene) -> Set<String> {
        Set(SceneInspection(scene, measurer: measurer).labels.map(\.text).filter { $0.hasPrefix("c") })
    }

    @Test(arguments: [false, true])
    func sixtyBarsOfUnsetSizeLabelEveryCategory(horizontal: Bool) throws {
        var chart = try Self.bars(60, horizontal: horizontal)
        chart.options.flexibleWidth = true; chart.options.flexibleHeight = true
        let scene = chart.scene(measurer: Self.measurer)
        #expect(Self.shownLabels(scene).count == 60, "labels: \(Self.shownLabels(scene).count) of 60")
        if horizontal {
            #expect(scene.width == 640 && scene.height > 400)
        } else {
            #expect(scene.width > 640 && scene.height == 400)
        }
        #expect(SceneInspection(scene, measurer: Self.measurer).overlappingLabels().isEmpty)
    }

    @Test func aGivenSizeIsKeptAndLabelsThinOnlyPastTheSmallestSize() throws {
        let chart = try Self.bars(60)
        let scene = chart.scene(measurer: Self.measurer)
        #expect(scene.width == 640 && scene.height == 400)
        let shown = Self.shownLabels(scene).count
        #expect(shown >= 20 && shown < 60, "a fixed 640 px cannot hold 60 labels: \(shown) shown")
        #expect(SceneInspection(scene, measurer: Self.measurer).overlappingLabels().isEmpty)
        #expect(chart.size(width: 640, height: 400).options.flexibleWidth == false)
    }

    @Test func thirtyBarsShrinkTheirLabelsInsteadOfSkippingEveryOther() throws {
        let scene = try Self.bars(30).scene(measurer: Self.measurer)
        #expect(scene.width == 640)
        #expect(Self.shownLabels(scene).count == 30)
        let sizes = scene.nodes.compactMap { node -> Double? in
            guard case .text(let run) = node, run.text.hasPrefix("c") else { return nil }
            return run.size
        }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= AxisLayout.minimumLabelSize }, "sizes \(Set(sizes))")
    }
}
