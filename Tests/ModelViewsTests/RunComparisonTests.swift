import Charts
import Graphics
import Learn
import Testing
@testable import ModelViews

/// Runs side by side: several histories on one loss chart, and weights over epochs.
@Suite struct RunComparisonTests {
    @Test func runsShareTheAxesWithOneColourEach() throws {
        let runs = try EvaluationGallery.runs.get()
        let chart = try RunComparison(runs)
        #expect(chart.options.title == "adam vs sgd" && chart.epochs == 30 && chart.hasAccuracy && chart.hasValidation)
        let svg = SVGWriter.write(chart.scene(measurer: try FontBook.system()))
        #expect(svg.contains(">adam<") && svg.contains(">sgd<") && svg.contains(">validation<"))
        #expect(svg.contains("stroke-dasharray"))
        let text = chart.text()
        #expect(text.contains("adam: loss ") && text.contains("sgd: loss "))
        for line in chart.text(columns: 50).split(separator: "\n") { #expect(line.count <= 50) }
    }

    @Test func shorterRunsAndRefusals() throws {
        let short = RunComparison.Run(name: "short", curves: TrainingCurves(loss: [1, 0.5]))
        let long = RunComparison.Run(name: "long", curves: TrainingCurves(loss: [1, 0.8, 0.6, 0.5, 0.45]))
        let chart = try RunComparison([short, long], smoothing: 0)
        #expect(chart.epochs == 5 && !chart.hasAccuracy && !chart.hasValidation)
        #expect(throws: ModelViewError.unsuitable(view: "LossCurve", argument: "histories", reason: "names run \"long\" twice")) {
            try RunComparison([long, long])
        }
        #expect(throws: ModelViewError.self) { try RunComparison([RunComparison.Run]()) }
        #expect(throws: ModelViewError.self) { try RunComparison([RunComparison.Run(name: "x", curves: TrainingCurves(loss: []))]) }
    }

    @Test func weightsOverEpochsNameTheirEpochs() throws {
        let t = try ViewGallery.trained()
        let chart = try WeightHistory(t.history, model: t.model)
        #expect(chart.layers.count == 3 && chart.layers[0].name == "0 Dense · relu")
        // The history keeps at most 25 of the 30 epochs (first and last always); the ridges name them.
        #expect(chart.layers[0].snapshots.count == t.history.snapshotEpochs.count && chart.layers[0].epochs == t.history.snapshotEpochs)
        #expect(chart.layers[0].epochs.first == 1 && chart.layers[0].epochs.last == 30)
        let panel = chart.panel(chart.layers[0])
        #expect(panel.drawn.count == 10 && panel.epochName(0) == "epoch 1" && panel.epochName(9) == "epoch 30")
        #expect(panel.options.xLabel == "weight")
        let text = chart.text()
        #expect(text.contains("epoch 30") && text.contains("σ "))
        #expect(throws: ModelViewError.self) { try WeightHistory(History()) }
    }
}
