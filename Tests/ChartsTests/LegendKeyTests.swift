import Graphics
import Testing
@testable import Charts

/// Property: every legend key is drawn like its series' marks — the key's paint (colour and
/// opacity) is the paint of some mark in the chart, so translucent bars and points get
/// translucent keys.
@Suite struct LegendKeyTests {
    @Test func keysRepeatTheirMarksPaint() throws {
        let fonts = try #require(GoldenImageTests.fonts)
        var checked = 0
        for (name, chart) in try Gallery.all() {
            let names = Self.seriesNames(chart)
            guard names.count > 1 else { continue }
            let nodes = chart.scene(measurer: fonts).nodes
            for (i, node) in nodes.enumerated() where i > 0 {
                guard case .text(let run) = node, names.contains(run.text), case .shape(let key) = nodes[i - 1] else { continue }
                let paint = key.fill ?? key.stroke
                let marks = nodes.indices.filter { k in
                    k != i - 1 && Self.drawnPaints(nodes[k], opacity: 1).contains(paint)
                }
                #expect(!marks.isEmpty, "\(name): the key of \(run.text) (\(String(describing: paint))) matches no mark")
                checked += 1
            }
        }
        #expect(checked >= 10, "legend keys found: \(checked)")
    }

    /// The paints a node's shapes are seen in: a translucent group's opacity folded into its
    /// children's colours (opaque points in a group of opacity 0.75 look like points of alpha 0.75).
    static func drawnPaints(_ node: Node, opacity: Double) -> [Paint?] {
        switch node {
        case .shape(let shape):
            return [shape.fill, shape.stroke].map { paint in
                guard opacity < 1, case .solid(let color)? = paint else { return paint }
                return .solid(color.withAlpha(color.alpha * opacity))
            }
        case .group(let group):
            return group.children.flatMap { drawnPaints($0, opacity: opacity * group.opacity) }
        default:
            return []
        }
    }

    static func seriesNames(_ chart: any Chart) -> [String] {
        switch chart {
        case let h as Histogram: h.seriesNames
        case let s as ScatterPlot: s.classes
        case let l as LinePlot: l.series.map(\.name)
        case let b as BarChart: b.series.map(\.name)
        default: []
        }
    }
}
