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
        #expect(LogScale.ticks(0.1, 1000, maxCount: 10) == [0.1, 1, 10, 100, 1000])
        #expect(LogScale.ticks(1, 100, maxCount: 10) == [1, 2, 5, 10, 20, 50, 100])
        let s = LogScale(domain: (1, 100), range: (0, 200))
        #expect(abs(s(10) - 100) < 1e-9)
    }

    @Test func logScaleMinorTicksFillTheDecades() {
        #expect(LogScale.minorTicks(0.05, 3, major: [0.1, 0.2, 0.5, 1, 2])
                == [0.05, 0.06, 0.07, 0.08, 0.09, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 3])
        #expect(LogScale.minorTicks(1, 1e9, major: [1, 1e3, 1e6, 1e9]).isEmpty, "no minor ticks past six decades")
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

    @Test func colourMapsNeverDrawTheNeutralsTheDarkVariantRecolours() {
        let neutrals = Set(Theme.light.darkVariant.keys)
        #expect(neutrals.contains(.white) && neutrals.contains(Theme.light.text) && neutrals.contains(Theme.light.grid))
        for map in Colormap.allCases {
            for step in 0...1020 {
                let c = map.color(at: Double(step) / 1020)
                #expect(!neutrals.contains(c), "\(map) at \(step)/1020 is \(c)")
            }
        }
        #expect(Colormap.gray.color(at: 1) == Color(r: 255, g: 255, b: 254))
    }

    @Test func aLightChartCarriesTheDarkThemesNeutralsAsItsDarkVariant() {
        let variant = Theme.light.darkVariant
        #expect(variant[Theme.light.background] == Theme.dark.background)
        #expect(variant[Theme.light.text] == Theme.dark.text && variant[Theme.light.mutedText] == Theme.dark.mutedText)
        #expect(variant[Theme.light.grid] == Theme.dark.grid && variant[Theme.light.axis] == Theme.dark.axis)
        #expect(Theme.dark.darkVariant.isEmpty)
        let fonts = FixedMeasurer()
        guard let chart = try? LinePlot([1, 3, 2]) else { Issue.record("LinePlot failed"); return }
        #expect(chart.scene(measurer: fonts).darkVariant == variant)
        #expect(chart.theme(.dark).scene(measurer: fonts).darkVariant.isEmpty)
    }

    @Test func annotationTextContrastsWithItsCell() {
        #expect(Color.white.contrastingText != .white)
        #expect(Color.black.contrastingText == .white)
        #expect(Colormap.viridis.color(at: 1).contrastingText != .white)
    }

    @Test func paletteIsOkabeItoAndDistinctForTenClasses() {
        #expect(Set(Palette.okabeIto).count == 10)
        #expect(Set(Palette.okabeItoDark).count == 10)
        #expect(Theme.light.color(0) == Color(hex: 0x0072B2))
        #expect(Set((0..<10).map(Theme.light.color)).count == 10)
        #expect(Theme.light.color(10) == Theme.light.color(0))
    }
}
