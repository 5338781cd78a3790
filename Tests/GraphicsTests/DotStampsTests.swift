import Testing
@testable import Graphics

/// Dots drawn from coverage stamps (`DotStamps`) against the same circles scan-converted one
/// by one: the centre moves at most 1/32 px, so no pixel's coverage may move by more than
/// about that much (an edge pixel's by up to 1/32 of its edge length), and on average by far less.
@Suite struct DotStampsTests {
    static let size = PixelRect(x0: 0, y0: 0, x1: 120, y1: 90)

    /// Random centres (a fixed sequence), some overlapping, some past the clip's edges.
    static func centers(_ count: Int, seed: UInt64) -> [Point] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in Point(-6 + 132 * next(), -6 + 102 * next()) }
    }

    /// The coverage (0...1) of every pixel of `clip` after the mask's shape, read row by row.
    static func coverage(_ mask: CoverageMask, _ clip: PixelRect) -> [Float] {
        var image = [Float](repeating: 0, count: clip.width * clip.height)
        let box = mask.box
        for y in mask.rows {
            mask.forEachRun(y, rule: .nonZero) { range in
                for x in range { image[(box.y0 + y - clip.y0) * clip.width + box.x0 + x - clip.x0] = mask.coverage[x] }
            }
        }
        return image
    }

    static func exact(_ centers: [Point], radius: Double, scale: Double, clip: PixelRect, rows: Range<Int>) -> [Float] {
        let mask = CoverageMask()
        let t = Transform.scale(scale, scale)
        let polygons = centers.flatMap {
            Flattener.flatten(.circle(center: $0, radius: radius), transform: t, tolerance: Rasterizer.tolerance).map(\.points)
        }
        guard mask.rasterize(polygons, clip: clip, rows: rows) else { return [Float](repeating: 0, count: clip.width * clip.height) }
        return coverage(mask, clip)
    }

    static func stamped(_ centers: [Point], radius: Double, scale: Double, clip: PixelRect, rows: Range<Int>,
                        stamps: DotStamps = DotStamps()) -> [Float]? {
        let mask = CoverageMask()
        guard stamps.rasterize(centers: centers, radius: radius, transform: .scale(scale, scale), clip: clip, rows: rows, into: mask)
        else { return nil }
        return coverage(mask, clip)
    }

    @Test(arguments: [(1.5, 1.0), (2.5, 2.0), (3.5, 1.0), (3.5, 2.0), (7.25, 1.0)])
    func stampedDotsCoverAsScanConvertedOnes(radius: Double, scale: Double) throws {
        let clip = PixelRect(x0: 0, y0: 0, x1: Int(120 * scale), y1: Int(90 * scale))
        let centers = Self.centers(300, seed: UInt64(radius * 8 + scale))
        let exact = Self.exact(centers, radius: radius, scale: scale, clip: clip, rows: 0..<clip.y1)
        let stamped = try #require(Self.stamped(centers, radius: radius, scale: scale, clip: clip, rows: 0..<clip.y1))
        let differences = zip(exact, stamped).map { abs($0 - $1) }
        let worst = differences.max() ?? 0
        // A disc moved by d changes at most the area 4 R d (R its device radius); d ≤ √2/32 px.
        let total = Double(differences.reduce(0, +))
        let bound = Double(centers.count) * 4 * radius * scale * 2.0.squareRoot() / 32
        #expect(worst <= 0.08, "largest coverage change \(worst)")
        #expect(total <= bound, "coverage moved \(total) px² of at most \(bound)")
    }

    /// A band of rows gets exactly the rows of the whole picture, stamps and clipped dots alike.
    @Test func aBandOfRowsMatchesTheWholePicture() throws {
        let centers = Self.centers(200, seed: 3)
        let whole = try #require(Self.stamped(centers, radius: 3, scale: 2, clip: Self.size, rows: 0..<90))
        let stamps = DotStamps()
        for band in [0..<31, 31..<64, 64..<90] {
            let part = try #require(Self.stamped(centers, radius: 3, scale: 2, clip: Self.size, rows: band, stamps: stamps))
            let rows = (band.lowerBound * Self.size.width)..<(band.upperBound * Self.size.width)
            #expect(Array(part[rows]) == Array(whole[rows]))
        }
    }

    /// Dots the clip cuts are scan-converted exactly; only the ones inside come from stamps.
    @Test func dotsCutByTheClipAreExact() throws {
        let clip = PixelRect(x0: 20, y0: 10, x1: 60, y1: 50)
        let centers = [Point(20.3, 30.1), Point(59.8, 20.6), Point(40, 10.2)]
        let exact = Self.exact(centers, radius: 4, scale: 1, clip: clip, rows: 10..<50)
        let stamped = try #require(Self.stamped(centers, radius: 4, scale: 1, clip: clip, rows: 10..<50))
        #expect((zip(exact, stamped).map { abs($0 - $1) }.max() ?? 1) <= 0.08)
        #expect(exact.reduce(0, +) > 20)
    }

    /// Rotated or stretched dots, and huge ones, are left to the general path.
    @Test func onlyUniformScalesAreStamped() {
        let mask = CoverageMask()
        let stamps = DotStamps()
        let centers = [Point(10, 10)]
        #expect(!stamps.rasterize(centers: centers, radius: 2, transform: .scale(2, 1), clip: Self.size, rows: 0..<90, into: mask))
        #expect(!stamps.rasterize(centers: centers, radius: 2, transform: .rotate(degrees: 30), clip: Self.size, rows: 0..<90, into: mask))
        #expect(!stamps.rasterize(centers: centers, radius: 40, transform: .identity, clip: Self.size, rows: 0..<90, into: mask))
        #expect(stamps.rasterize(centers: centers, radius: 2, transform: .identity, clip: Self.size, rows: 0..<90, into: mask))
    }
}
