import CZlib
import Foundation
import Graphics

/// Times Loupe's histogram scene to PNG and SVG, and PNG encoding against
/// zlib level 6 on the same frame; prints one `name median_ms min_ms` line each.
func median(_ reps: Int, _ body: () -> Void) -> String {
    body()
    var times: [Double] = []
    for _ in 0..<max(1, reps) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    times.sort()
    return String(format: "%.3f %.3f", times[times.count / 2], times[0])
}

/// One million standard normals from SplitMix64 + Box–Muller (seeded, reproducible).
func standardNormals(_ n: Int) -> [Double] {
    var state: UInt64 = 12345
    func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (Double((z ^ (z >> 31)) >> 11) + 0.5) / 9_007_199_254_740_992
    }
    var out: [Double] = []
    out.reserveCapacity(n)
    while out.count < n {
        let r = (-2 * log(next())).squareRoot(), a = 2 * Double.pi * next()
        out.append(r * cos(a)); out.append(r * sin(a))
    }
    return Array(out.prefix(n))
}

/// Equal bins between min and max, as `np.histogram(data, bins:)`: one pass
/// for the extremes (four independent lanes), one pass that bins each value
/// by `Int((x - lo) * scale)`, clamped, into four interleaved count arrays
/// (no store-to-load stall on runs of one bin).
func histogram(_ values: [Double], bins: Int) -> (counts: [Int], lower: Double, upper: Double) {
    values.withUnsafeBufferPointer { v in
        var low = (Double.infinity, Double.infinity, Double.infinity, Double.infinity)
        var high = (-Double.infinity, -Double.infinity, -Double.infinity, -Double.infinity)
        var i = 0
        while i + 4 <= v.count {
            let a = v[i], b = v[i + 1], c = v[i + 2], d = v[i + 3]
            low.0 = a < low.0 ? a : low.0; high.0 = a > high.0 ? a : high.0
            low.1 = b < low.1 ? b : low.1; high.1 = b > high.1 ? b : high.1
            low.2 = c < low.2 ? c : low.2; high.2 = c > high.2 ? c : high.2
            low.3 = d < low.3 ? d : low.3; high.3 = d > high.3 ? d : high.3
            i += 4
        }
        var lo = min(min(low.0, low.1), min(low.2, low.3)), hi = max(max(high.0, high.1), max(high.2, high.3))
        while i < v.count { lo = min(lo, v[i]); hi = max(hi, v[i]); i += 1 }
        let scale = hi > lo ? Double(bins) / (hi - lo) : 0
        let last = bins - 1
        var lanes = [Int](repeating: 0, count: 4 * bins)
        lanes.withUnsafeMutableBufferPointer { c in
            @inline(__always) func bin(_ x: Double) -> Int { let k = Int((x - lo) * scale); return k < last ? k : last }
            var i = 0
            while i + 4 <= v.count {
                c[bin(v[i])] += 1; c[bins + bin(v[i + 1])] += 1
                c[2 * bins + bin(v[i + 2])] += 1; c[3 * bins + bin(v[i + 3])] += 1
                i += 4
            }
            while i < v.count { c[bin(v[i])] += 1; i += 1 }
        }
        let counts = (0..<bins).map { lanes[$0] + lanes[bins + $0] + lanes[2 * bins + $0] + lanes[3 * bins + $0] }
        return (counts, lo, hi)
    }
}

let reps = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 30
let fonts = try FontBook.system()
let data = standardNormals(1_000_000)
func histogramScene() -> Scene {
    let h = histogram(data, bins: 50)
    return HistogramScene(counts: h.counts, lower: h.lower, upper: h.upper, fonts: fonts).scene()
}
let rasterizer = Rasterizer(fonts: fonts)
var sink = 0
if ProcessInfo.processInfo.environment["LOUPE_BENCH_PROFILE"] == "1" {
    // A long run of the PNG figure alone, for `perf record`.
    for _ in 0..<(reps * 10) { sink &+= PNGEncoder.encode(rasterizer.render(histogramScene(), scale: 1)).count }
    exit(0)
}

/// The 2× frames (the charts' and views' display density) that the PNG encoding figures time.
func encodeFrames(_ scene: Scene) -> [(String, Pixmap)] {
    [("hist_1600x1000", rasterizer.render(scene, scale: 2)),
     ("boundary_1280x800", rasterizer.render(FieldScenes.boundary(data), scale: 2)),
     ("soft_1280x800", rasterizer.render(FieldScenes.soft(), scale: 2))]
}
if ProcessInfo.processInfo.environment["LOUPE_BENCH_PROFILE"] == "encode-figures" {
    // The PNG encoding figures alone: bench/graphics runs this with LOUPE_THREADS=1 for one-thread figures.
    let scene = histogramScene()
    let frame = rasterizer.render(scene, scale: 1)
    print("png_encode_800x500 " + median(max(reps, 100)) { sink &+= PNGEncoder.encode(frame).count })
    for (name, pixmap) in encodeFrames(scene) {
        print("encode_\(name) " + median(max(reps, 30)) { sink &+= PNGEncoder.encode(pixmap).count })
    }
    exit(sink == 42 ? 1 : 0)
}

print("hist_png_800x500 " + median(reps) { sink &+= PNGEncoder.encode(rasterizer.render(histogramScene(), scale: 1)).count })
print("hist_svg " + median(reps) { sink &+= SVGWriter.write(histogramScene()).utf8.count })
print("hist_png_1600x1000 " + median(reps) { sink &+= PNGEncoder.encode(rasterizer.render(histogramScene(), scale: 2)).count })
let scene = histogramScene()
print("scene_build " + median(reps) { sink &+= histogramScene().nodes.count })
print("render_800x500 " + median(reps) { sink &+= rasterizer.render(scene, scale: 1).width })
print("histogram_binning " + median(reps) { sink &+= histogram(data, bins: 50).counts[0] })

let frame = rasterizer.render(scene, scale: 1)
let pngBytes = PNGEncoder.encode(frame)
print("png_encode_800x500 " + median(max(reps, 100)) { sink &+= PNGEncoder.encode(frame).count })
// The reference: zlib level 6 on the frame's raw RGBA rows, each behind a filter byte 0 (as mpl_bench.py does).
var rows = [UInt8]()
rows.reserveCapacity(frame.height * (frame.width * 4 + 1))
for y in 0..<frame.height {
    rows.append(0)
    rows += frame.pixels[(y * frame.width * 4)..<((y + 1) * frame.width * 4)]
}
var zlibSize = 0
// PNG encoding alone on 2× frames (the charts' and views' display density):
// Loupe's encoder, then the same filtered rows through zlib level 6 Z_RLE (the encoder before).
let frames = encodeFrames(scene)
if ProcessInfo.processInfo.environment["LOUPE_BENCH_PROFILE"] == "encode" {
    // A long run of PNG encoding alone, for `perf record` and callgrind.
    for _ in 0..<reps { for (_, pixmap) in frames { sink &+= PNGEncoder.encode(pixmap).count } }
    exit(0)
}
for (name, pixmap) in frames {
    print("encode_\(name) " + median(max(reps, 30)) { sink &+= PNGEncoder.encode(pixmap).count })
    print("zlib_rle_encode_\(name) " + median(max(reps / 3, 10)) { sink &+= PNGEncoder.encodeWithZlib(pixmap).count })
    print("bytes_\(name) loupe=\(PNGEncoder.encode(pixmap).count) zlib_rle=\(PNGEncoder.encodeWithZlib(pixmap).count)")
    if let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_OUT"] {
        try Data(PNGEncoder.encode(pixmap)).write(to: URL(fileURLWithPath: path + "/loupe_\(name).png"))
    }
}
print("zlib6_800x500 " + median(max(reps, 100)) {
    var length = compressBound(uLong(rows.count))
    var out = [UInt8](repeating: 0, count: Int(length))
    _ = compress2(&out, &length, rows, uLong(rows.count), 6)
    zlibSize = Int(length)
})
print("sizes png=\(pngBytes.count) zlib6=\(zlibSize) svg=\(SVGWriter.write(scene).utf8.count) sink=\(sink % 2)")
if let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_OUT"] {
    try Data(pngBytes).write(to: URL(fileURLWithPath: path + "/loupe_hist.png"))
    try SVGWriter.write(scene).write(toFile: path + "/loupe_hist.svg", atomically: true, encoding: .utf8)
}
if ProcessInfo.processInfo.environment["LOUPE_BENCH_EXTRA"] == "1" {
    // Loupe-only figures for heavier charts: 10 000 translucent dots, and a 10 000-point line, at 2×.
    var dots: [Node] = []
    var line = Path()
    for i in 0..<10_000 {
        let x = 20 + Double(i % 100) * 7.6 + data[i] * 3, y = 250 + data[i + 10_000] * 60
        dots.append(.shape(Shape(.circle(center: Point(x, y), radius: 3), fill: .solid(Color(hex: 0x4C72B0, alpha: 0.6)))))
        let p = Point(20 + Double(i) * 0.076, 250 + data[i + 20_000] * 40)
        if i == 0 { line.move(to: p) } else { line.line(to: p) }
    }
    let scatter = Scene(width: 800, height: 500, nodes: dots)
    let lineScene = Scene(width: 800, height: 500, nodes: [.shape(Shape(line, stroke: .solid(.black),
                                                                      strokeStyle: StrokeStyle(width: 1.5, join: .round)))])
    print("scatter_10k_png_1600x1000 " + median(reps) { sink &+= PNGEncoder.encode(rasterizer.render(scatter, scale: 2)).count })
    print("line_10k_png_1600x1000 " + median(reps) { sink &+= PNGEncoder.encode(rasterizer.render(lineScene, scale: 2)).count })
    print("scatter_10k_svg " + median(reps) { sink &+= SVGWriter.write(scatter).utf8.count })
}
