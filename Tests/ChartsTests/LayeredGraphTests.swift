import RenderTestSupport
import Graphics
import Testing
@testable import Charts

@Suite struct LayeredGraphTests {
    @Test func backEdgesFoundByDFSAreReversed() {
        // a → b → c → a: the DFS from a meets a on its stack at c → a
        let g = LayeredGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)])
        #expect(g.reversedEdges == [2])
        #expect(g.layers.count == 3)
        #expect(g.chains[2].first == 2 && g.chains[2].last == 0, "chains keep the original direction")
    }

    @Test func layersByLongestPath() {
        // a → b → c, a → c: c sits two layers below a, with a dummy on the long edge
        let g = LayeredGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)])
        #expect(g.layers[0] == [0])
        #expect(g.layers[1].contains(1) && g.layers[1].count == 2)
        #expect(g.layers[2] == [2])
        #expect(g.chains[2].count == 3)
    }

    @Test func barycenterSweepsRemoveAvoidableCrossings() {
        // a → d, b → c in layer order [a, b] / [c, d] cross once; swapping fixes it
        let g = LayeredGraph(nodeCount: 4, edges: [(0, 3), (1, 2)])
        #expect(g.crossings(g.segments) == 0)
    }

    @Test func selfLoopsDoNotBreakLayout() {
        let g = LayeredGraph(nodeCount: 2, edges: [(0, 0), (0, 1)])
        #expect(g.layers == [[0], [1]])
    }

    @Test func arrowheadsEndOnBoxBorders() throws {
        let chart = try NetworkDiagram(nodes: ["source", "target"], edges: [("source", "target")])
        let measurer = FixedMeasurer()
        let scene = chart.scene(measurer: measurer)
        let inspection = SceneInspection(scene, measurer: measurer)
        let boxes = inspection.shapes.filter { $0.stroke != nil && $0.fill != nil }.map { bounds($0.path) }
        let heads = try #require(inspection.shapes.first { $0.stroke == nil && $0.fill != nil })
        guard case .move(let tip)? = heads.path.elements.first else { Issue.record("no arrowhead"); return }
        let target = try #require(boxes.max { $0.minY < $1.minY })
        #expect(abs(tip.y - target.minY) < 1e-6, "tip \(tip) should touch the top border of \(target)")
        #expect(tip.x > target.minX && tip.x < target.maxX)
    }

    @Test func textListsEdgesIndented() throws {
        let chart = try NetworkDiagram(nodes: ["a", "b", "c"], edges: [("a", "b"), ("a", "c")])
        #expect(chart.text() == "a\n  → b\n  → c\nb\nc")
    }

    func bounds(_ path: Path) -> Rect {
        var xs: [Double] = [], ys: [Double] = []
        for e in path.elements {
            switch e {
            case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
            case .quad(_, let p), .cubic(_, _, let p): xs.append(p.x); ys.append(p.y)
            case .close: break
            }
        }
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }
}
