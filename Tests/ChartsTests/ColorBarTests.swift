import Foundation
import Graphics
import Testing
@testable import Charts
import RenderTestSupport

/// Colour that encodes a number comes with a colour bar, and signed numbers with a diverging map
/// centred on 0 (zero at the neutral middle colour).
@Suite struct ColorBarTests {
    /// Property: for random extents, signed data get coolwarm on a symmetric range (0 maps to the
    /// middle), one-signed data the sequential map over exactly their extent.
    @Test func signedDataAreCentredOnZero() {
        var rng = SplitMix(seed: 21)
        for _ in 0..<1000 {
            let a = (rng.unit() * 2 - 1) * 100, b = (rng.unit() * 2 - 1) * 100
            let lo = Swift.min(a, b), hi = Swift.max(a, b)
            let bar = ColorBar.fitting(lo: lo, hi: hi)
            if lo < 0, hi > 0 {
                #expect(bar.colormap == .coolwarm && bar.lo == -bar.hi && bar.hi == Swift.max(-lo, hi))
                #expect(bar.fraction(0) == 0.5)
            } else {
                #expect(bar.colormap == .viridis && bar.lo == lo && bar.hi == hi)
            }
        }
        #expect(ColorBar.fitting(lo: -1, hi: 3, colormap: .viridis) == ColorBar(colormap: .viridis, lo: -1, hi: 3),
                "a sequential map the caller names keeps the data's range")
        #expect(ColorBar.fitting(lo: 2, hi: 5, colormap: .coolwarm) == ColorBar(colormap: .coolwarm, lo: 2, hi: 5))
    }

    @Test func heatmapsOfSignedDataDiverge() throws {
        let signed = try Heatmap([[-0.2, 0.5], [1.0, 0.0]])
        #expect(signed.colormap == .coolwarm && signed.range == (-1, 1))
        let named = try Heatmap([[-0.2, 0.5], [1.0, 0.0]], colormap: .coolwarm)
        #expect(named.range == (-1, 1))
        let positive = try Heatmap([[0.2, 0.5], [1.0, 0.0]])
        #expect(positive.colormap == .viridis && positive.range == (0, 1))
    }

    /// Every gallery heatmap draws a colour bar: a gradient beside the cells, with tick labels.
    @Test func everyHeatmapHasAColourBar() throws {
        let fonts = try #require(GoldenImageTests.fonts)
        for (name, chart) in try Gallery.all() where chart is Heatmap {
            #expect(Self.gradients(in: chart.scene(measurer: fonts).nodes) == 1, "\(name)")
        }
    }

    static func gradients(in nodes: [Node]) -> Int {
        nodes.reduce(0) { count, node in
            switch node {
            case .shape(let shape):
                if case .linearGradient = shape.fill { return count + 1 }
                return count
            case .group(let group): return count + gradients(in: group.children)
            default: return count
            }
        }
    }
}
