import Foundation
import Synchronization
import Testing
@testable import Graphics

/// Drawing a canvas as bands of rows in parallel must give exactly the pixels of
/// one whole-canvas pass: the golden scenes and random scenes full of shapes,
/// strokes, dashes, text, gradients, clips and opacity groups crossing band edges.
@Suite struct BandedRenderingTests {
    static let bandCounts = [2, 3, 4, 7]

    @Test(arguments: TestScenes.all.map(\.name))
    func goldenScenesMatchAWholeCanvasPass(_ name: String) throws {
        let scene = try #require(TestScenes.all.first { $0.name == name }?.scene)
        let rasterizer = Rasterizer(fonts: try FontBook.system())
        for scale in [1.0, 2.0] {
            let whole = rasterizer.render(scene, scale: scale, bands: 1)
            for bands in Self.bandCounts {
                let banded = rasterizer.render(scene, scale: scale, bands: bands)
                #expect(Self.differingPixels(whole, banded) == 0, "\(name) at \(scale)× in \(bands) bands")
            }
        }
    }

    @Test(arguments: 0..<12)
    func randomScenesMatchAWholeCanvasPass(_ seed: Int) throws {
        var generator = RandomScene(seed: UInt64(seed))
        let scene = generator.scene()
        let rasterizer = Rasterizer(fonts: try FontBook.system())
        let whole = rasterizer.render(scene, scale: 1.5, bands: 1)
        #expect(Self.differingPixels(whole, Rasterizer(fonts: rasterizer.fonts).render(scene, scale: 1.5, bands: 1)) == 0)
        for bands in Self.bandCounts {
            let banded = rasterizer.render(scene, scale: 1.5, bands: bands)
            #expect(Self.differingPixels(whole, banded) == 0, "seed \(seed) in \(bands) bands")
        }
    }

    @Test func randomScenesAreNotBlank() throws {
        var generator = RandomScene(seed: 3)
        let scene = generator.scene()
        let pixmap = Rasterizer(fonts: try FontBook.system()).render(scene, scale: 1, bands: 1)
        let white = Pixmap(width: pixmap.width, height: pixmap.height, filledWith: (255, 255, 255, 255))
        #expect(Self.differingPixels(pixmap, white) > pixmap.width * pixmap.height / 10)
    }

    @Test func bigCanvasesAreSplitAndSmallOnesAreNot() {
        #expect(Rasterizer.bandCount(width: 1280, height: 800) > 1)
        #expect(Rasterizer.bandCount(width: 160, height: 100) == 1)
        #expect(Rasterizer.bandCount(width: 100_000, height: 8) == 1)
    }

    @Test func tasksAlongsideTheBandsRunOnceAndLeaveThePixelsAlone() throws {
        var generator = RandomScene(seed: 5)
        let scene = generator.scene()
        let rasterizer = Rasterizer(fonts: try FontBook.system())
        let whole = rasterizer.render(scene, scale: 2, bands: 1)
        let runs = Mutex([Int](repeating: 0, count: 5))
        let drawn = rasterizer.render(scene, scale: 2, alongside: 5) { task in runs.withLock { $0[task] += 1 } }
        #expect(Self.differingPixels(whole, drawn) == 0)
        #expect(runs.withLock { $0 } == [1, 1, 1, 1, 1])
    }

    @Test func moreBandsThanRowsStillDrawEveryRow() throws {
        var scene = Scene(width: 40, height: 3)
        scene.add(.shape(Shape(.rect(Rect(x: 0.5, y: 0.25, width: 39, height: 2.5)), fill: .solid(.black))))
        let rasterizer = Rasterizer(fonts: try FontBook.system())
        let whole = rasterizer.render(scene, scale: 1, bands: 1)
        #expect(Self.differingPixels(whole, rasterizer.render(scene, scale: 1, bands: 16)) == 0)
    }

    static func differingPixels(_ a: Pixmap, _ b: Pixmap) -> Int {
        guard a.width == b.width, a.height == b.height else { return Int.max }
        var count = 0
        for i in Swift.stride(from: 0, to: a.pixels.count, by: 4)
        where a.pixels[i..<(i + 4)] != b.pixels[i..<(i + 4)] { count += 1 }
        return count
    }
}
