import Charts
import Graphics
import Learn
@testable import ModelViews
import RenderTestSupport
import Testing

/// The decision boundary's picture: a smooth field whose edges sit where the model puts them,
/// equal units on both axes, and a key for the colours.
@Suite struct DecisionBoundaryTests {
    /// A sure linear classifier: class 1 where `a·x + b·y > 0`, logits ±400·(a·x + b·y).
    static func sharpLine(a: Double, b: Double) throws -> (model: Sequential, data: Dataset) {
        let weight = try Tensor(shape: [2, 2], scalars: [-400 * a, 400 * a, -400 * b, 400 * b])
        let model = Sequential([try Dense(weight: weight, bias: Tensor([0, 0]))])
        let features = try Tensor(shape: [4, 2], scalars: [-1, -1, 1, 1, -1, 1, 1, -1])
        let labels = Tensor([a * -1 + b * -1 > 0 ? 1 : 0, a + b > 0 ? 1 : 0, -a + b > 0 ? 1 : 0, a - b > 0 ? 1 : 0])
        return (model, try Dataset(features: features, labels: labels))
    }

    @Test(arguments: [(1.0, 0.37), (0.37, 1.0), (1.0, -0.8)])
    func sharpEdgesFallWhereTheModelPutsThemNotOnTheSamplingGrid(a: Double, b: Double) throws {
        let (model, data) = try Self.sharpLine(a: a, b: b)
        let boundary = try DecisionBoundary(model, data)
        let columns = 240, rows = 160
        let cells = try boundary.field(columns: columns, rows: rows, xs: (-1, 1), ys: (-1, 1), stride: 4)
        var worst = 0.0
        for r in 0..<rows {
            let y = 1 - 2 * (Double(r) + 0.5) / Double(rows)
            let edge = -b * y / a   // where a·x + b·y = 0 on this row
            for c in 0..<columns {
                let x = -1 + 2 * (Double(c) + 0.5) / Double(columns)
                let truth = a * x + b * y > 0 ? 1 : 0
                if cells[r * columns + c].0 != truth {
                    worst = Swift.max(worst, abs(x - edge) * Double(columns) / 2)
                }
            }
        }
        // Misclassified cells only straddle the true edge (within one column), never a stride-wide step.
        #expect(worst <= 1, "a cell \(worst) columns from the true edge has the wrong class")
    }

    @Test func theFieldIsOneSmoothImageAtLeastOnePixelPerCSSPixel() throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == "decision-boundary" }?.chart as? DecisionBoundary)
        let fonts = try FontBook.system()
        let inspection = SceneInspection(chart.scene(measurer: fonts), measurer: fonts)
        #expect(inspection.images.count == 1)
        let image = try #require(inspection.images.first)
        #expect(image.interpolation == .bilinear)
        #expect(Double(image.width) >= image.frame.width - 1 && Double(image.height) >= image.frame.height - 1)
    }

    @Test(arguments: [(640.0, 400.0), (300.0, 520.0), (960.0, 300.0), (420.0, 420.0)])
    func unitsAreEqualOnBothAxesAndTheDataFit(width: Double, height: Double) throws {
        let t = try ViewGallery.trained()
        let chart = try DecisionBoundary(t.model, t.data, width: width, height: height)
        let fonts = try FontBook.system()
        let picture = BoundaryPicture(chart: chart)
        let (axes, settings) = picture.layout(size: Size(width: width, height: height), measurer: fonts)
        var plot = Rect(x: 0, y: 0, width: 0, height: 0)
        var domain = (x: (lo: 0.0, hi: 0.0), y: (lo: 0.0, hi: 0.0))
        _ = PlotCanvas.render(x: axes.x, y: axes.y, settings: settings, options: chart.options,
                              size: Size(width: width, height: height), measurer: fonts) { frame in
            plot = frame.plot
            domain = BoundaryPicture.domain(of: frame)
            return PlotCanvas.Marks()
        }
        let unitX = (domain.x.hi - domain.x.lo) / plot.width, unitY = (domain.y.hi - domain.y.lo) / plot.height
        #expect(abs(unitX / unitY - 1) < 0.01, "x: \(unitX) per px, y: \(unitY) per px")
        let e = chart.extent
        #expect(domain.x.lo < e.x.lo && domain.x.hi > e.x.hi && domain.y.lo < e.y.lo && domain.y.hi > e.y.hi)
        // One axis is as tight as the data allow (its margin), the other widened only to keep units equal.
        let fillX = (e.x.hi - e.x.lo) / (domain.x.hi - domain.x.lo), fillY = (e.y.hi - e.y.lo) / (domain.y.hi - domain.y.lo)
        #expect(Swift.max(fillX, fillY) >= 0.9)
    }

    @Test func theKeyNamesEveryClassAndTheConfidenceRange() throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == "decision-boundary" }?.chart as? DecisionBoundary)
        let fonts = try FontBook.system()
        let texts = SceneInspection(chart.scene(measurer: fonts), measurer: fonts).labels.map(\.text)
        #expect(texts.contains("confidence"))
        #expect(chart.classNames.allSatisfy(texts.contains))
        #expect(texts.contains("33.3%") && texts.contains("100%"), "the ramps run from chance (1/3) to certain")
    }

    @Test func fieldColoursRunFromChanceToCertainPerClass() {
        let theme = Theme.light
        let palette = FieldPalette(classes: 3, theme: theme)
        #expect(palette.colors.count <= 256)
        #expect(palette.index(class: 2, probability: 1 / 3) == 2 * palette.levels)
        #expect(palette.index(class: 2, probability: 1) == 3 * palette.levels - 1)
        #expect(palette.index(class: 0, probability: .nan) == 0)
        #expect(FieldPalette(classes: 300, theme: theme).colors.count == 600, "past 256 colours the field is drawn as RGB")
    }
}
