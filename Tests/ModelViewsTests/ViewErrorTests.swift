import RenderTestSupport
import Charts
import Graphics
import Learn
import Testing
@testable import ModelViews

/// Bad input gives a typed error naming the argument and what was expected, or a sensible picture; never a crash.
@Suite struct ViewErrorTests {
    @Test func decisionBoundaryNeedsTwoFeatures() throws {
        let model = try ViewGallery.mlp([4, 8, 3], seed: 1)
        #expect(throws: ModelViewError.featureCount(view: "DecisionBoundary", argument: "data", expected: 2, actual: 4)) {
            try DecisionBoundary(model, Dataset.iris)
        }
        let message = ModelViewError.featureCount(view: "DecisionBoundary", argument: "data", expected: 2, actual: 4).description
        #expect(message.hasPrefix("DecisionBoundary: data must have 2 features, got 4"))
    }

    @Test func decisionBoundaryRejectsAModelForOtherInputs() throws {
        let model = try ViewGallery.mlp([3, 4, 2], seed: 1)
        let data = try Dataset.moons(count: 20, noise: 0.1, seed: 1)
        #expect(throws: ModelViewError.featureCount(view: "DecisionBoundary", argument: "model", expected: 2, actual: 3)) {
            try DecisionBoundary(model, data)
        }
    }

    @Test func lossCurveOfAnEmptyHistoryIsAnError() {
        #expect(throws: ModelViewError.self) { try LossCurve(History()) }
        #expect(throws: ModelViewError.self) { try LossCurve(TrainingCurves(loss: [.nan, .nan])) }
        #expect(throws: ModelViewError.self) { try LossCurve(TrainingCurves(loss: [1, 0.5]), smoothing: 1) }
    }

    @Test func historyWithoutValidationDrawsTrainingOnly() throws {
        let curve = try LossCurve(TrainingCurves(loss: [0.9, 0.5, 0.3, 0.35], accuracy: [0.5, 0.7, 0.8, 0.79]))
        let text = curve.text(columns: 80)
        #expect(!text.contains("val"))
        #expect(text.contains("loss 0.9 → 0.35, best at epoch 3"))
        let fonts = try FontBook.system()
        let labels = SceneInspection(curve.scene(measurer: fonts), measurer: fonts).labels.map(\.text)
        #expect(labels.contains("train") && !labels.contains("validation"))
    }

    @Test func gradientHistogramsNeedATrainedHistory() {
        #expect(throws: ModelViewError.empty(view: "GradientHistograms", argument: "history",
                                             expected: "gradients from at least one epoch (train with fit, which records them)")) {
            try GradientHistograms(History())
        }
    }

    @Test func neuronViewSaysItsLimitAndSuggestsTheLayerView() throws {
        let wide = try ViewGallery.mlp([2, 100, 3], seed: 1)
        do {
            _ = try ModelDiagram(wide, style: .neurons)
            Issue.record("expected an error for 100 neurons")
        } catch let error as ModelViewError {
            #expect(error.description.contains("100 neurons in one layer, more than the 64"))
            #expect(error.description.contains("use NetworkDiagram(model) for the layer view"))
        }
        let deep = try ViewGallery.mlp([2, 64, 64, 64, 3], seed: 1)
        #expect(throws: ModelViewError.tooLarge(view: "NetworkDiagram(model, style: .neurons)", argument: "model", what: "weights",
                                                count: 8_512, limit: 5_000, suggestion: "use NetworkDiagram(model) for the layer view")) {
            try ModelDiagram(deep, style: .neurons)
        }
        #expect(throws: ModelViewError.self) { try ModelDiagram(Sequential([Flatten()]), style: .neurons) }
        #expect(throws: ModelViewError.self) { try ModelDiagram(Sequential([])) }
    }

    @Test func untrainedModelGivesInitialisationPictures() throws {
        let model = try ViewGallery.mlp([2, 16, 3], seed: 9)
        let weights = try WeightHistograms(model)
        #expect(weights.layers.map(\.weights.count) == [32, 48])
        let data = try Dataset.moons(count: 60, noise: 0.1, seed: 2)
        let boundary = try DecisionBoundary(try ViewGallery.mlp([2, 16, 2], seed: 9), data)
        #expect(boundary.text(columns: 80).contains("│"))
    }

    @Test func viewsWithoutParametersOrClassesExplainThemselves() throws {
        #expect(throws: ModelViewError.self) { try WeightHistograms(Sequential([Flatten()])) }
        let regression = try Dataset.regression(count: 30, noise: 0.1, seed: 1)
        let model = try ViewGallery.mlp([1, 4, 1], seed: 1)
        #expect(throws: ModelViewError.self) { try ConfusionMatrix(model, regression) }
        #expect(throws: ModelViewError.featureCount(view: "ActivationHeatmap", argument: "x", expected: 1, actual: 2)) {
            try ActivationHeatmap(model, Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        }
    }

    @Test func divergedWeightsAreReportedNotDrawn() throws {
        let weight = try Tensor(shape: [2, 2], scalars: [.nan, .nan, .infinity, .nan])
        let model = Sequential([try Dense(weight: weight, bias: Tensor([0, 0]))])
        #expect(throws: ModelViewError.self) { try WeightHistograms(model) }
        let data = try Dataset.xor(count: 40, noise: 0.1, seed: 1)
        let boundary = try DecisionBoundary(model, data)
        let fonts = try FontBook.system()
        #expect(!boundary.scene(measurer: fonts).nodes.isEmpty)
    }
}
