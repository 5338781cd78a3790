#if canImport(Glibc)
import Glibc
#endif
import Charts
import Graphics
import Prelude
import Script

/// Times chart cells through the real path — Interpreter + Prelude, then `Prelude.bundle(for:)`
/// (SVG + PNG at 2× + PDF + text) — and prints one `NAME MEDIAN_MS MIN_MS` line per measurement
/// (with `--all-times`, one `NAME<TAB>MS` line per run instead, for medians over several rounds).
/// Usage: ChartsBench [REPS [NAME]] [--all-times] (NAME runs one measurement only, e.g. for a
/// profiler; `phases` prints the time of each step of the histogram bundle on stderr)
final class ChartCellBench: ScriptHost, DisplaySink {
    private var interpreter: Interpreter?
    private var cell = 0
    /// The one measurement to run, when given.
    var only: String?
    /// Print every run's time rather than the median and minimum.
    var allTimes = false

    init() {
        let interpreter = Interpreter(host: self)
        Prelude.install(into: interpreter, display: self)
        self.interpreter = interpreter
    }

    func write(_ text: String, to stream: ScriptStream) {}
    func readLine(prompt: String) -> String? { nil }
    func show(_ bundle: DisplayBundle, id: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}

    /// Runs a cell and renders its result's bundle (which must be a chart's five MIME types).
    func run(_ source: String) {
        cell += 1
        guard let interpreter else { return }
        switch interpreter.run(source, cell: cell) {
        case .value(let value?):
            let bundle = Prelude.bundle(for: value)
            if bundle.items.count != 5 { fail("expected a chart bundle, got \(bundle.items.map(\.mime))") }
        case .value(nil):
            break
        case .error(let error):
            fail(error.message)
        }
    }

    /// Where the time of `Histogram(data, bins: 50)` → bundle goes, phase by phase, on stderr: median
    /// milliseconds of this thread's CPU time (steady on a shared machine) and of wall-clock time.
    func phases(reps: Int) {
        guard let interpreter else { return }
        cell += 1
        guard case .value(.array(let items)?) = interpreter.run("data", cell: cell) else { fail("no data") }
        var values: [Double] = [], chart: Histogram?, scene: Scene?
        let fonts: FontBook
        do { fonts = try FontBook.system() } catch { fail("no fonts") }
        values = items.map { if case .double(let v) = $0 { v } else { 0 } }
        let measured = FiniteExtent(values)
        let steps: [(String, () -> Void)] = [
            ("convert [Value] to [Double]", { values = items.map { if case .double(let v) = $0 { v } else { 0 } } }),
            ("finite extent", { _ = FiniteExtent(values) }),
            ("Histogram init (checks, bins)", { chart = try? Histogram(values, bins: .count(50)) }),
            ("Histogram init, extent known (counting)", {
                _ = try? Histogram(values, extent: measured,
                                   bins: .count(50), density: false, title: nil, xLabel: nil, yLabel: nil, width: 640, height: 400)
            }),
            ("Histogram init, bins: .auto", { _ = try? Histogram(values, bins: .auto) }),
            ("scene", { scene = chart?.scene(measurer: fonts) }),
            ("SVG", { _ = scene.map { SVGWriter.write($0, fonts: fonts) } }),
            ("raster 2x", { _ = scene.map { Rasterizer(fonts: fonts).render($0, scale: 2) } }),
            ("raster 2x + PNG", { _ = scene.map { PNGEncoder.encode(Rasterizer(fonts: fonts).render($0, scale: 2)) } }),
            ("PDF", { _ = scene.map { PDFWriter.write($0, fonts: fonts) } }),
            ("text", { _ = chart?.text() }),
        ]
        for (name, step) in steps {
            var cpu: [Double] = [], wall: [Double] = []
            for _ in 0..<reps {
                let (cpu0, wall0) = (Self.milliseconds(CLOCK_THREAD_CPUTIME_ID), Self.milliseconds())
                step()
                cpu.append(Self.milliseconds(CLOCK_THREAD_CPUTIME_ID) - cpu0); wall.append(Self.milliseconds() - wall0)
            }
            cpu.sort(); wall.sort()
            var line = Array("phase \(name): cpu \(Self.format(cpu[cpu.count / 2])) ms, wall \(Self.format(wall[wall.count / 2])) ms\n".utf8)
            _ = Glibc.write(2, &line, line.count)
        }
    }

    /// Median and minimum milliseconds of `reps` runs after one warm-up.
    func measure(_ name: String, _ source: String, reps: Int) {
        if let only, only != name { return }
        run(source)
        var times: [Double] = []
        for _ in 0..<reps {
            let start = Self.milliseconds()
            run(source)
            times.append(Self.milliseconds() - start)
        }
        if allTimes {
            for time in times { print("\(name)\t\(time)") }
            return
        }
        times.sort()
        print(name, String(times[times.count / 2]), String(times[0]))
    }

    static func milliseconds(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    static func format(_ milliseconds: Double) -> String {
        String(Double(Int((milliseconds * 1000).rounded())) / 1000)
    }

    func fail(_ message: String) -> Never {
        var bytes = Array("ChartsBench: \(message)\n".utf8)
        _ = Glibc.write(2, &bytes, bytes.count)
        exit(1)
    }
}

let positional = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let reps = positional.first.map { max(1, Int($0) ?? 30) } ?? 30
let bench = ChartCellBench()
bench.only = positional.dropFirst().first
bench.allTimes = CommandLine.arguments.contains("--all-times")
bench.run("seed(12345)\nlet data = randn(1_000_000)")
if bench.only == "phases" { bench.phases(reps: reps) }
bench.measure("hist_bundle", "Histogram(data, bins: 50)", reps: reps)
bench.measure("hist_bundle_800x500", "Histogram(data, bins: 50, title: \"Standard normal, n=1,000,000\", "
              + "xLabel: \"value\", yLabel: \"count\", width: 800, height: 500)", reps: reps)
bench.measure("hist_cell_with_randn", "Histogram(randn(1_000_000), bins: 50)", reps: reps)
