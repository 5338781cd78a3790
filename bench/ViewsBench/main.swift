// Renders every model view for the spiral MLP of ../shared/anchors/mlp_numpy.py
// (2-64-64-3 ReLU, 3 000-point 3-class spiral, 20 epochs of SGD 0.1, batch 32)
// as its full display bundle — SVG text, PNG at 2×, PDF and text/plain, made by
// `ChartRendition` as a cell's display is — and prints the median milliseconds per view. With --dump FILE it first writes the
// trained weights, history and data as JSON for the matplotlib side of bench/views.
// With --phases it also renders the phases one after another and prints each one's median over the
// reps (build, scene, SVG, raster, PNG, PDF, text), their sum without PNG encoding, and the bytes of
// each part of the last bundle.
// With --only TEXT it renders only the views whose name contains TEXT or one of its |-separated parts;
// With --digits FILE (the peer's JSON of the 1,797 UCI digits) it also times the digits embeddings.
// --save DIR writes each view's PNG (at --save-scale, default 1), SVG, PDF and text there.
// Usage: views-bench [--reps N] [--dump FILE] [--digits FILE] [--save DIR] [--save-scale S] [--phases] [--all-times] [--only TEXT]
import Charts
import Foundation
import Graphics
import Learn
import ModelViews

func argument(_ name: String) -> String? {
    guard let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[i + 1]
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

struct Bench {
    let fonts: FontBook
    var sink = 0

    /// Milliseconds per phase of every bundle so far: build, scene, svg, raster, png, pdf, text.
    var phases: [[Double]] = []
    /// Bytes of the last bundle's SVG, PNG, PDF and text.
    var sizes: [Int] = []

    /// The median of each phase over the bundles since the last `phases.removeAll()`.
    var phaseMedians: [Double] {
        guard let first = phases.first else { return [] }
        return first.indices.map { i in
            let sorted = phases.map { $0[i] }.sorted()
            return sorted[sorted.count / 2]
        }
    }

    /// Builds the chart and its scene, then its bundle as the Prelude's ChartValue sends it
    /// (`ChartRendition`: SVG + PNG at 2×, titled and described, + PDF + text).
    mutating func bundle(_ make: () throws -> any Chart) throws {
        let chart = try make()
        let drawn = ChartRendition(chart, scene: chart.scene(measurer: fonts), fonts: fonts)
        sink &+= drawn.svg.utf8.count &+ drawn.png.count &+ drawn.pdf.count &+ drawn.text.count
    }

    /// The bundle's phases one after another, each timed (build, scene, SVG, raster, PNG, PDF, text).
    mutating func phased(_ make: () throws -> any Chart) throws {
        var chart: (any Chart)?
        var scene = Scene(width: 1, height: 1)
        var svg = "", text = ""
        var pixmap: Pixmap?
        var png: [UInt8] = [], pdf: [UInt8] = []
        phases.append([
            try milliseconds { chart = try make() },
            milliseconds { if let chart { scene = chart.scene(measurer: fonts) } },
            milliseconds { svg = SVGWriter.write(scene, fonts: fonts) },
            milliseconds { pixmap = Rasterizer(fonts: fonts).render(scene, scale: 2) },
            milliseconds {
                if let pixmap { png = PNGEncoder.encode(pixmap, text: ChartRendition.pngText(scene)) }
            },
            milliseconds { pdf = PDFWriter.write(scene, fonts: fonts) },
            milliseconds { text = chart?.text(columns: 80) ?? "" },
        ])
        sink &+= svg.utf8.count &+ png.count &+ pdf.count &+ text.count
        sizes = [svg.utf8.count, png.count, pdf.count, text.utf8.count]
    }
}

func dump(_ path: String, model: Sequential, history: History, data: Dataset, validation: Dataset, explain: ExplainViews) throws {
    var layers: [[String: Any]] = []
    for (i, layer) in model.layers.enumerated() {
        guard let dense = layer as? Dense else { continue }
        layers.append(["weight": dense.weight.scalars, "shape": dense.weight.shape, "bias": dense.bias.scalars,
                       "gradients": try history.gradients(layer: i).map(\.scalars)])
    }
    let json: [String: Any] = [
        "features": data.features.scalars, "labels": data.labels.scalars,
        "loss": history.loss, "accuracy": history.accuracy,
        "validationLoss": history.validationLoss, "validationAccuracy": history.validationAccuracy,
        "layers": layers, "validationFeatures": validation.features.scalars,
    ].merging(explain.dump) { a, _ in a }
    try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
}

do {
    let reps = max(1, Int(argument("--reps") ?? "") ?? 7)
    let data = try Dataset.spirals(count: 3000, classes: 3, noise: 0.2, seed: 0)
    let validation = try Dataset.spirals(count: 600, classes: 3, noise: 0.2, seed: 1)
    Learn.seed(42)
    var model = try ExplainViews.spiralNetwork()
    let history = try model.fit(data, epochs: 20, batchSize: 32, optimizer: SGD(for: model, learningRate: 0.1),
                                validation: validation)
    let explain = try ExplainViews(spiral: model, spiralHistory: history, spiralData: data, validation: validation,
                                   digitsFile: argument("--digits"))
    if let path = argument("--dump") {
        try dump(path, model: model, history: history, data: data, validation: validation, explain: explain)
    }
    let batch = try validation.features.gathering(rows: Array(0..<64))
    let views: [(String, () throws -> any Chart)] = [
        ("NetworkDiagram(model)", { try ModelDiagram(model) }),
        ("NetworkDiagram(model, style: .neurons)", { try ModelDiagram(model, style: .neurons) }),
        ("LossCurve(history)", { try LossCurve(history) }),
        ("WeightHistograms(model)", { try WeightHistograms(model) }),
        ("GradientHistograms(history)", { try GradientHistograms(history, model: model) }),
        ("DecisionBoundary(model, data)", { try DecisionBoundary(model, data) }),
        ("ConfusionMatrix(model, data)", { try ConfusionMatrix(model, data) }),
        ("ActivationHeatmap(model, x)", { try ActivationHeatmap(model, batch) }),
    ] + explain.views
    var bench = Bench(fonts: try FontBook.system())
    let saveScale = Double(argument("--save-scale") ?? "") ?? 1
    for (index, (name, make)) in views.enumerated() {
        if let only = argument("--only"), !only.split(separator: "|").contains(where: { name.contains($0) }) { continue }
        try bench.bundle(make)
        if let directory = argument("--save") {
            let chart = try make()
            let png = PNGEncoder.encode(Rasterizer(fonts: bench.fonts).render(chart.scene(measurer: bench.fonts), scale: saveScale))
            try Data(png).write(to: URL(fileURLWithPath: "\(directory)/view-\(index).png"))
            try chart.text(columns: 80).write(toFile: "\(directory)/view-\(index).txt", atomically: true, encoding: .utf8)
            try chart.svg(fonts: bench.fonts).write(toFile: "\(directory)/view-\(index).svg", atomically: true, encoding: .utf8)
            try Data(PDFWriter.write(chart.scene(measurer: bench.fonts), fonts: bench.fonts)).write(to: URL(fileURLWithPath: "\(directory)/view-\(index).pdf"))
        }
        bench.phases.removeAll()
        var times: [Double] = []
        for _ in 0..<reps { times.append(try milliseconds { try bench.bundle(make) }) }
        if CommandLine.arguments.contains("--all-times") {
            for t in times { print("\(name)\t\(t)") }
        } else {
            print("\(name)\t\(times.sorted()[times.count / 2])")
        }
        if CommandLine.arguments.contains("--phases") {
            for _ in 0..<reps { try bench.phased(make) }
            let labels = ["build", "scene", "svg", "raster", "png", "pdf", "text"]
            let medians = bench.phaseMedians
            let line = zip(labels, medians).map { "\($0) \(String(format: "%.2f", $1))" }.joined(separator: " · ")
            print("  median ms: " + line + String(format: " · all but png %.2f", medians.reduce(0, +) - (medians.count > 4 ? medians[4] : 0)))
            print("  bytes: " + zip(["svg", "png", "pdf", "text"], bench.sizes).map { "\($0) \($1)" }.joined(separator: " · "))
        }
    }
    print("accuracy\t\(try model.evaluate(data).accuracy)\tchecksum \(bench.sink)")
} catch {
    FileHandle.standardError.write(Data("views-bench: \(error)\n".utf8))
    exit(1)
}
