import Graphics
import RenderTestSupport
import Testing
@testable import Charts

/// Heatmaps past `HeatmapLayout.imageCells` cells are one embedded image: its
/// pixels carry the colour map's colours at the cells (averaged over blocks when
/// there are more cells than pixels), missing cells the theme's grid colour, and
/// the SVG holds one `<image>` instead of a rectangle per cell.
@Suite struct DenseHeatmapTests {
    static let measurer = FixedMeasurer()

    func images(_ chart: any Chart) -> [RasterImage] {
        SceneInspection(chart.scene(measurer: Self.measurer), measurer: Self.measurer).images
    }

    @Test func smallHeatmapsKeepARectanglePerCell() throws {
        let chart = try Heatmap((0..<64).map { r in (0..<64).map { c in Double(r - c) } })
        #expect(images(chart).isEmpty)
    }

    @Test func denseCellsAreOneImageWithTheColourMapsColours() throws {
        let rows = 100, columns = 120
        let matrix = (0..<rows).map { r in (0..<columns).map { c in Double(r * columns + c) } }
        let chart = try Heatmap(matrix, colormap: .magma)
        let image = try #require(images(chart).first)
        #expect(images(chart).count == 1)
        #expect(image.width == columns && image.height == rows)
        #expect(image.interpolation == .nearest)
        guard case .indexed(let indices, let palette) = image.pixels else { Issue.record("not a palette image"); return }
        for (r, c) in [(0, 0), (rows - 1, columns - 1), (37, 81)] {
            let expected = Colormap.magma.color(at: chart.fraction(matrix[r][c]))
            let actual = palette[Int(indices[r * columns + c])]
            // 255 levels: at most half a level away from the exact colour (a channel or two off).
            #expect(abs(Int(actual.r) - Int(expected.r)) <= 2 && abs(Int(actual.g) - Int(expected.g)) <= 2
                    && abs(Int(actual.b) - Int(expected.b)) <= 2, "cell \(r), \(c)")
        }
        let svg = SVGWriter.write(chart.scene(measurer: Self.measurer))
        #expect(svg.components(separatedBy: "<image ").count == 2)
        #expect(svg.utf8.count < 30_000)
    }

    @Test func missingCellsTakeTheGridColour() throws {
        var matrix = (0..<80).map { r in (0..<80).map { c in Double(r + c) } }
        matrix[5][7] = .nan
        let chart = try Heatmap(matrix)
        let image = try #require(images(chart).first)
        guard case .indexed(let indices, let palette) = image.pixels else { Issue.record("not a palette image"); return }
        #expect(palette[Int(indices[5 * 80 + 7])] == chart.options.theme.theme.grid)
        #expect(palette[Int(indices[5 * 80 + 8])] != chart.options.theme.theme.grid)
    }

    @Test func moreCellsThanPixelsAreAveragedInBlocks() throws {
        // Alternate columns of 0 and 1: blocks of whole pairs average to 0.5, the middle of the map.
        let matrix = (0..<1200).map { _ in (0..<1200).map { c in Double(c % 2) } }
        let chart = try Heatmap(matrix)
        let image = try #require(images(chart).first)
        #expect(image.width < 1200 && image.height < 1200)
        guard case .indexed(let indices, _) = image.pixels else { Issue.record("not a palette image"); return }
        let middle = UInt8(HeatmapLayout.levels / 2)
        let full = image.width - 1
        #expect(indices[0..<full].allSatisfy { abs(Int($0) - Int(middle)) <= 1 })
        #expect(chart.text().contains("more rows not shown"))
    }

    @Test func aVeryLongTitleIsMeasuredInLinearishTime() throws {
        let counting = CountingMeasurer()
        let title = (0..<4000).map { "word\($0)" }.joined(separator: " ")
        _ = try LinePlot([1, 2, 3], title: title).scene(measurer: counting)
        // Bisection measures O(log n) prefixes; the old one-character-at-a-time walk measured O(n²).
        #expect(counting.characters < 40 * title.count, "\(counting.characters) characters measured")
    }
}

/// A measurer that counts how many characters it was asked to measure.
final class CountingMeasurer: TextMeasurer, @unchecked Sendable {
    private(set) var characters = 0
    func measure(_ text: String, size: Double, weight: FontWeight) -> TextMetrics {
        characters += text.count
        return FixedMeasurer().measure(text, size: size, weight: weight)
    }
}
