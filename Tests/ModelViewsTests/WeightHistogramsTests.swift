import Charts
import Graphics
import Learn
@testable import ModelViews
import RenderTestSupport
import Testing

/// WeightHistograms: every bias its own visible mark, and panels on one x axis when they compare.
@Suite struct WeightHistogramsTests {
    /// A tiny deterministic generator for the property cases.
    struct LCG { var state: UInt64; mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    } }

    @Test(arguments: [16, 3, 64, 200])
    func biasDotsNeverOverlapAndEveryBiasHasOne(count: Int) {
        var rng = LCG(state: UInt64(count))
        for trial in 0..<50 {
            // Clustered biases (the case that merged into a block), some spread out, a NaN.
            var biases = (0..<count).map { _ in (rng.next() - 0.5) * (trial % 2 == 0 ? 0.2 : 3) }
            biases.append(.nan)
            let dots = BiasDots(biases, position: { 300 + $0 * 100 }, baseline: 200, maxHeight: 80)
            #expect(dots.dots.count == count)
            guard let d = dots.diameter else { continue }
            for (i, a) in dots.dots.enumerated() {
                #expect(a.center.y + d / 2 <= 200 + 1e-9 && a.center.y - d / 2 >= 120 - 1e-9)
                for b in dots.dots[(i + 1)...] {
                    let dx = a.center.x - b.center.x, dy = a.center.y - b.center.y
                    #expect((dx * dx + dy * dy).squareRoot() >= d - 1e-9)
                }
            }
            // Each dot sits within a diameter of its bias's own position.
            #expect(dots.dots.allSatisfy { abs($0.center.x - (300 + $0.value * 100)) <= d })
        }
    }

    @Test func sixteenClusteredBiasesAreSixteenTitledDots() throws {
        let layer = WeightHistograms.LayerParameters(name: "0 Dense", weights: (0..<256).map { Double($0 % 17) / 8 - 1 },
                                                     biases: (0..<16).map { Double($0) * 0.002 - 0.01 })
        let view = try WeightHistograms([layer])
        let fonts = try FontBook.system()
        let shapes = SceneInspection(view.scene(measurer: fonts), measurer: fonts).shapes
        #expect(shapes.filter { $0.title?.hasPrefix("bias ") == true }.count == 16)
    }

    @Test func layersOfComparableRangeShareOneXAxis() throws {
        let t = try ViewGallery.trained()
        for view in [try WeightHistograms(t.model), try WeightHistograms(try ViewGallery.mlp([2, 16, 16, 3], seed: 2))] {
            let shared = try #require(view.sharedDomain)
            for layer in view.layers {
                #expect((layer.weights + layer.biases).allSatisfy { $0 >= shared.lo && $0 <= shared.hi })
            }
            let panels = view.panels.compactMap { $0 as? WeightPanel }
            #expect(panels.count == view.layers.count && panels.allSatisfy { $0.sharedDomain?.lo == shared.lo && $0.sharedDomain?.hi == shared.hi })
        }
    }

    @Test func aLayerThatWouldBeASliverKeepsItsOwnAxis() throws {
        let wide = WeightHistograms.LayerParameters(name: "wide", weights: [-3, 0, 3], biases: [])
        let narrow = WeightHistograms.LayerParameters(name: "narrow", weights: [-0.1, 0, 0.1], biases: [0])
        #expect(try WeightHistograms([wide, narrow]).sharedDomain == nil)
        #expect(try WeightHistograms([wide]).sharedDomain == nil)
        let alike = WeightHistograms.LayerParameters(name: "alike", weights: [-1, 0, 2], biases: [0.5])
        #expect(try WeightHistograms([wide, alike]).sharedDomain != nil)
    }
}
