import RenderTestSupport
import Charts
import Graphics
import Testing
@testable import ModelViews

/// Geometry checks without pixels: no two labels overlap, everything stays on the canvas.
@Suite struct LayoutTests {
    @Test(arguments: GoldenViewTests.names)
    func labelsDoNotOverlap(_ name: String) throws {
        let chart = try #require(try ViewGallery.all().first { $0.name == name }?.chart)
        let fonts = try FontBook.system()
        for size in [(640.0, 400.0), (900.0, 700.0)] {
            let scene = chart.size(width: size.0, height: size.1).scene(measurer: fonts)
            let inspection = SceneInspection(scene, measurer: fonts)
            let pairs = inspection.overlappingLabels(tolerance: 1)
            #expect(pairs.isEmpty, "\(name) at \(size): overlapping labels \(pairs.prefix(4))")
            for label in inspection.labels {
                #expect(label.box.minX >= -1 && label.box.maxX <= size.0 + 1 && label.box.minY >= -1 && label.box.maxY <= size.1 + 1,
                        "\(name) at \(size): «\(label.text)» leaves the canvas at \(label.box)")
            }
        }
    }

    @Test func neuronViewBucketsEveryWeightIntoFewShapes() throws {
        let model = try ViewGallery.mlp([2, 8, 5, 3], seed: 4)
        let diagram = try ModelDiagram(model, style: .neurons)
        let fonts = try FontBook.system()
        let inspection = SceneInspection(diagram.scene(measurer: fonts), measurer: fonts)
        let strokes = inspection.shapes.filter { $0.stroke != nil && $0.fill == nil }
        let segments = strokes.reduce(0) { total, shape in
            total + shape.path.elements.filter { if case .line = $0 { return true } else { return false } }.count
        }
        #expect(segments == 2 * 8 + 8 * 5 + 5 * 3)
        #expect(strokes.count <= 3 * 2 * NeuronPicture.levels, "one shape per layer pair, sign and strength")
        // Opaque lines: a crossing takes the stronger line's colour instead of blending every line
        // under it (the blends gave the tour's 2× PNG 30,000 colours and 549 KB).
        #expect(strokes.allSatisfy { if case .solid(let c) = $0.stroke { return c.alpha == 1 } else { return false } })
        let circles = inspection.shapes.filter { $0.fill != nil && $0.stroke != nil }
        let circleCount = circles.reduce(0) { $0 + $1.path.elements.filter { if case .move = $0 { return true } else { return false } }.count }
        #expect(circleCount == 2 + 8 + 5 + 3, "one circle per neuron")
        // Few neurons: each circle is its own shape titled with its layer, unit and bias (hover).
        let titles = Set(circles.compactMap(\.title))
        #expect(titles.count == circles.count && titles.contains("input 1") && titles.contains("layer 2, unit 2: bias \(NumberFormat.short(diagram.dense[2].bias.scalars[2]))"),
                "one titled circle per neuron: \(titles.sorted())")
    }

    @Test func layerViewHasABoxPerLayerPlusInputAndOutput() throws {
        let model = try ViewGallery.mlp([2, 16, 16, 3], seed: 1)
        let diagram = try ModelDiagram(model)
        let fonts = try FontBook.system()
        let texts = SceneInspection(diagram.scene(measurer: fonts), measurer: fonts).labels.map(\.text)
        for expected in ["Input", "[?, 2]", "0 Dense · relu", "1 Dense · relu", "2 Dense", "Output", "[?, 3]",
                         "48 parameters", "272 parameters", "51 parameters", "Total parameters: 371"] {
            #expect(texts.contains(expected), "missing «\(expected)» in \(texts)")
        }
    }
}
