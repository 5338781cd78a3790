import Graphics
import Testing
@testable import Charts

@Suite struct ScaleAndColorTests {
    @Test func linearScaleMapsAndInverts() {
        let s = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(s(0) == 100 && s(10) == 0 && s(5) == 50)
        #expect(s.invert(25) == 7.5)
    }

    @Test func logScaleTicksArePowersOfTen() {
        #expect(LogScale.nice(0.3, 450) == (0.1, 1000))
        // Within two decades, with room for 2s and 5s, the domain ends at the next 1, 2 or 5 × 10^k.
        #expect(LogScale.nice(0.12, 2.3, maxCount: 10) == (0.1, 5))
        #expect(LogScale.nice(0.2, 10, maxCount: 10) == (0.2, 10))
        #expect(LogScale.nice(0.12, 2.3, maxCount: 4) == (0.1, 10))
        #expect(LogScale.nice(3, 3, maxCount: 10) == (2, 5))
        #expect(LogScale.nice(100, 100, maxCount: 10) == (10, 1000))
        for (lo, hi) in [(0.12, 2.3), (0.011, 0.99), (3.3, 47.0), (1e-5, 9e-4)] {
            let domain = LogScale.nice(lo, hi, maxCount: 10)
            let ticks = LogScale.ticks(domain.lo, domain.hi, maxCount: 10)
            #expect(domain.lo <= lo && domain.hi >= hi)
            #expect(ticks.first == domain.lo && ticks.last == domain.hi, "\(lo)…\(hi): the ends are ticks")
        }
        #expect(LogScale.ticks(0.1, 1000, maxCount: 10) == [0.1, 1, 10, 100, 1000])
        #expect(LogScale.ticks(1, 100, maxCount: 10) == [1, 2, 5, 10, 20, 50, 100])
        let s = LogScale(domain: (1, 100), range: (0, 200))
        #expect(abs(s(10) - 100) < 1e-9)
    }

    @Test func bandScaleSpacesCategories() {
        let b = BandScale(count: 4, range: (0, 400), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(b.bandwidth > 0 && b.step > b.bandwidth)
        #expect(abs(b.start(0) - b.step * 0.1) < 1e-9)
        #expect(abs((b.start(3) + b.bandwidth) - (400 - b.step * 0.1)) < 1e-9)
    }

    @Test func colormapsMatchMatplotlibEndpoints() {
        #expect(Colormap.viridis.color(at: 0) == Color(hex: 0x440154))
        #expect(Colormap.viridis.color(at: 1) == Color(hex: 0xFDE725))
        #expect(Colormap.magma.color(at: 0) == Color(hex: 0x000004))
        #expect(Colormap.coolwarm.color(at: 0) == Color(hex: 0x3B4CC0))
        #expect(Colormap.gray.color(at: 0.5) == Color(r: 128, g: 128, b: 128))
        #expect(Colormap.viridis.color(at: .nan) == Colormap.viridis.color(at: 0))
        #expect(Colormap.viridis.color(at: 7) == Colormap.viridis.color(at: 1))
    }

    @Test func colormapLuminanceIsMonotonicForSequentialMaps() {
        for map in [Colormap.viridis, .magma, .gray] {
            let l = (0...20).map { map.color(at: Double($0) / 20).luminance }
            #expect(zip(l, l.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 }, "\(map) should get lighter")
        }
    }

    @Test func annotationTextContrastsWithItsCell() {
        #expect(Color.white.contrastingText != .white)
        #expect(Color.black.contrastingText == .white)
        #expect(Colormap.viridis.color(at: 1).contrastingText != .white)
    }

    @Test func paletteIsOkabeItoAndDistinct() {
        #expect(Set(Palette.okabeIto).count == Palette.okabeIto.count)
        #expect(Theme.light.color(0) == Color(hex: 0x0072B2))
        #expect(Theme.light.color(8) == Theme.light.color(0))
    }
}
