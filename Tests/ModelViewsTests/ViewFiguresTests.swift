import Foundation
import RenderTestSupport
import Charts
import Graphics
import Learn
import Testing
@testable import ModelViews

/// The numbers behind the pictures.
@Suite struct ViewFiguresTests {
    @Test func bestEpochIsTheLowestValidationLossElseTrainingLoss() {
        #expect(TrainingCurves(loss: [3, 2, 1, 1.5], validationLoss: [3, 1.2, 1.4, 1.1]).bestEpoch == 4)
        #expect(TrainingCurves(loss: [3, 2, 1, 1]).bestEpoch == 3)
        #expect(TrainingCurves(loss: [.nan, 2]).bestEpoch == 2)
        #expect(TrainingCurves(loss: []).bestEpoch == nil)
    }

    @Test func lossAxisNeverReachesBelowZeroForNonNegativeData() {
        // One flat epoch widens to 0.3 ± 0.5; the loss axis must still start at 0.
        #expect(CurvePanel.domain([0.3, 0.3], isLoss: true) == (lo: 0, hi: 0.8))
        #expect(CurvePanel.domain([0.9, .nan], isLoss: false).lo == 0.4)
        #expect(CurvePanel.domain([0.2, 0.2], isLoss: false).lo == 0)
        #expect(CurvePanel.domain([-1, 2], isLoss: true).lo == -1)
    }

    @Test func smoothingMatchesTheLinePlot() {
        let values = [1.0, 0.8, 0.9, 0.4, .nan, 0.3, 0.2]
        let ours = Smoothing.ema(values, weight: 0.6), charts = LinePlot.smoothed(values, weight: 0.6)
        #expect(ours.count == charts.count)
        for (a, b) in zip(ours, charts) { #expect(a.isNaN ? b.isNaN : abs(a - b) < 1e-12) }
        #expect(ours.first == 1.0, "debiased: the first smoothed value is the first value")
    }

    @Test func summaryLineReadsAsTheIssueAsks() {
        let c = TrainingCurves(loss: [0.6931, 0.2, 0.041], accuracy: [0.5, 0.9, 0.985])
        #expect(LossText.summary(c) == "loss 0.6931 → 0.041, best at epoch 3\naccuracy 98.5%")
    }

    @Test func layerFactsFollowShapesThroughTheModel() throws {
        let model = try ViewGallery.mlp([2, 16, 16, 3], seed: 1)
        let facts = LayerFacts.of(model)
        #expect(facts.map(\.shapeText) == ["[?, 16]", "[?, 16]", "[?, 3]"])
        #expect(facts.map(\.parameterCount) == [48, 272, 51])
        #expect(facts.map(\.title) == ["Dense · relu", "Dense · relu", "Dense"])
        let text = try ModelDiagram(model).text(columns: 80)
        #expect(text.contains("│ 1 Dense · relu") && text.contains("[?, 16]  272 params │"))
        #expect(text.hasSuffix("Total parameters: 371"))
    }

    @Test func confusionMatrixAgreesWithEvaluate() throws {
        let t = try ViewGallery.trained()
        let matrix = try ConfusionMatrix(t.model, t.data)
        #expect(matrix.counts.joined().reduce(0, +) == t.data.count)
        let correct = matrix.counts.indices.reduce(0) { $0 + matrix.counts[$1][$1] }
        let accuracy = try t.model.evaluate(t.data).accuracy
        #expect(Double(correct) / Double(t.data.count) == accuracy)
        #expect(matrix.text(columns: 80).contains("predicted →"))
    }

    @Test func aBinarySigmoidClassifiersFiguresAllAgree() throws {
        Learn.seed(4)
        let (train, test) = try Dataset.circles(count: 300, noise: 0.08, seed: 3).split(ratio: 0.7, seed: 1)
        var model = Sequential([try Dense(inputSize: 2, outputSize: 16, activation: .relu),
                                try Dense(inputSize: 16, outputSize: 1, activation: .sigmoid)])
        let history = try model.fit(train, epochs: 30, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.02), validation: test)
        let matrix = try ConfusionMatrix(model, test)
        let correct = matrix.counts.indices.reduce(0) { $0 + matrix.counts[$1][$1] }
        let evaluated = try model.evaluate(test).accuracy
        let predicted = try model.predict(test.features).scalars
        let byPredict = Double(zip(predicted, test.labels.scalars).filter { $0 == $1 }.count) / Double(test.count)
        #expect(Double(correct) / Double(test.count) == evaluated)
        #expect(history.validationAccuracy.last == evaluated && byPredict == evaluated)
        #expect(evaluated > 0.85)
    }

    @Test func decisionFieldAgreesWithPredict() throws {
        let t = try ViewGallery.trained()
        let boundary = try DecisionBoundary(t.model, t.data)
        let predicted = try t.model.predict(t.data.features).scalars.map { Int($0) }
        var agree = 0
        for i in stride(from: 0, to: t.data.count, by: 10) {
            let cell = try boundary.field(columns: 1, rows: 1, xs: (boundary.x[i], boundary.x[i]), ys: (boundary.y[i], boundary.y[i]))
            if cell.first?.0 == predicted[i] { agree += 1 }
        }
        #expect(agree == (t.data.count + 9) / 10)
    }

    @Test func gradientRidgesSampleEvenlyAndKeepTheEnds() {
        #expect(GradientHistograms.sampled(4) == [0, 1, 2, 3])
        let picks = GradientHistograms.sampled(200)
        #expect(picks.count == GradientHistograms.maxRidges && picks.first == 0 && picks.last == 199)
        #expect(picks == picks.sorted())
    }

    @Test func gradientHistogramsComeFromEveryLayerWithParameters() throws {
        let t = try ViewGallery.trained()
        let view = try GradientHistograms(t.history, model: t.model)
        #expect(view.layers.map(\.name) == ["0 Dense · relu", "1 Dense · relu", "2 Dense"])
        #expect(view.layers.allSatisfy { $0.epochs.count == 25 && $0.epochNumbers == t.history.snapshotEpochs })
        #expect(t.history.snapshotEpochs.first == 1 && t.history.snapshotEpochs.last == 30)
        let text = view.text(columns: 80)
        #expect(text.contains("epoch 30 ") && !text.contains("epoch 29 "), "ridges are labelled with the kept epochs")
    }

    @Test func progressBarShowsTheShareOfAllSteps() {
        let p = TrainingProgress(epoch: 2, epochs: 4, step: 5, stepsPerEpoch: 10, loss: 0.5, accuracy: 0.75)
        #expect(abs(p.fraction - 15.0 / 40) < 1e-12)
        let lines = p.text(columns: 60).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasSuffix(" 37%"))
        #expect(lines[1] == "epoch 2/4 · step 5/10 · loss 0.5 · accuracy 75%")
    }

    @Test func partialHistoryKeepsItsAxisWithTotalEpochs() throws {
        let curve = try LossCurve(TrainingCurves(loss: [1, 0.8, 0.7]), totalEpochs: 50)
        let fonts = try FontBook.system()
        let labels = SceneInspection(curve.scene(measurer: fonts), measurer: fonts).labels.map(\.text)
        #expect(labels.contains("50"))
    }

    /// Property: by default the bold loss line goes through the recorded values (an affine image of
    /// them: no moving average making it lag, as 0.24 drawn for 0.16 at epoch 10 did); with
    /// `smoothing:` it does not, and the raw values are drawn faded under it.
    @Test func perEpochLossIsDrawnAsRecordedUnlessSmoothingIsAskedFor() throws {
        var rng = SplitMix(seed: 3)
        let fonts = try FontBook.system()
        for _ in 0..<20 {
            let loss = (0..<(3 + Int(rng.next() % 40))).map { i in 2 * exp(-Double(i) / 6) + 0.2 * rng.unit() }
            let plain = try LossCurve(TrainingCurves(loss: loss))
            #expect(plain.smoothing == 0)
            let lines = Self.strokes(plain, color: Theme.light.color(0), fonts: fonts)
            #expect(lines.count == 1, "one line, no faded copy")
            let ys = lines.first?.map(\.y) ?? []
            #expect(ys.count == loss.count)
            let (i, j) = (0, loss.count - 1)
            for k in loss.indices {
                let expected = (loss[k] - loss[i]) / (loss[j] - loss[i]), drawn = (ys[k] - ys[i]) / (ys[j] - ys[i])
                #expect(abs(expected - drawn) < 1e-6, "epoch \(k + 1): drawn at \(drawn), recorded \(expected)")
            }
            let smoothed = try LossCurve(TrainingCurves(loss: loss), smoothing: 0.6)
            #expect(Self.strokes(smoothed, color: Theme.light.color(0), fonts: fonts).count == 1)
            #expect(Self.strokes(smoothed, color: Theme.light.color(0).withAlpha(0.28), fonts: fonts).count == 1, "raw line faded")
        }
    }

    /// The vertices of each polyline (three points or more) stroked in `color`.
    static func strokes(_ chart: any Chart, color: Color, fonts: FontBook) -> [[Point]] {
        func walk(_ nodes: [Node]) -> [[Point]] {
            nodes.flatMap { node -> [[Point]] in
                switch node {
                case .shape(let shape) where shape.stroke == .solid(color):
                    return [shape.path.elements.compactMap { element -> Point? in
                        switch element {
                        case .move(let p), .line(let p): return p
                        default: return nil
                        }
                    }]
                case .group(let group): return walk(group.children)
                default: return []
                }
            }
        }
        return walk(chart.scene(measurer: fonts).nodes).filter { $0.count > 2 }
    }

    /// Every activation panel has a colour bar; a layer with both signs (logits) is on coolwarm
    /// centred on 0, a ReLU layer on viridis from 0.
    @Test func activationPanelsHaveCentredColourBars() throws {
        let t = try ViewGallery.trained()
        let view = try ActivationHeatmap(t.model, try t.data.features.gathering(rows: Array(0..<20)))
        let fonts = try FontBook.system()
        for layer in view.layers {
            let panel = ActivationPanel(layer: layer, theme: .light)
            let values = layer.values.joined().filter(\.isFinite)
            if let lo = values.min(), let hi = values.max(), lo < 0, hi > 0 {
                #expect(panel.colorBar.colormap == .coolwarm && panel.colorBar.lo == -panel.colorBar.hi, "\(layer.name)")
                #expect(panel.level(0) == ActivationPanel.levels / 2, "zero falls in the neutral middle level")
            } else {
                #expect(panel.colorBar.colormap == .viridis, "\(layer.name)")
            }
        }
        #expect(Self.gradients(view.scene(measurer: fonts).nodes) == view.layers.count, "one colour bar per panel")
    }

    static func gradients(_ nodes: [Node]) -> Int {
        nodes.reduce(0) { count, node in
            switch node {
            case .shape(let shape):
                if case .linearGradient = shape.fill { return count + 1 }
                return count
            case .group(let group): return count + gradients(group.children)
            default: return count
            }
        }
    }
}
