import Charts
import Learn
import Testing
@testable import ModelViews

/// Integrated gradients: completeness (each example's attributions add up to f(x) − f(baseline))
/// on every kind of model, the explained output equal to the model's probability route, the
/// per-feature values against an independent Riemann sum of tape gradients, and the refusals.
@Suite struct AttributionTests {
    static func model(_ sizes: [Int], hidden: Activation, last: Activation = .identity, seed: UInt64) throws -> Sequential {
        var layers = try ViewGallery.mlp(sizes, seed: seed, last: last).layers
        for i in layers.indices.dropLast() {
            if let dense = layers[i] as? Dense { layers[i] = try Dense(weight: dense.weight, bias: dense.bias, activation: hidden) }
        }
        return Sequential(layers)
    }

    static func irisData() throws -> Dataset { try Dataset.iris.standardized() }

    /// The probability the route gives each row's predicted class.
    static func routeProbabilities(_ model: Sequential, _ data: Dataset) throws -> [Double] {
        let p = try model.classProbabilities(data.features, for: data)
        return (0..<data.count).map { p.predicted($0).probability }
    }

    @Test(arguments: [("relu", true), ("leakyRelu", true), ("tanh", false), ("gelu", false)])
    func completenessHolds(_ hidden: String, _ exact: Bool) throws {
        let data = try Self.irisData()
        let model = try Self.model([4, 12, 8, 3], hidden: try #require(Activation.all[hidden]), seed: 3)
        for baseline in IntegratedGradients.Baseline.allCases {
            let ig = try IntegratedGradients(model: model, data: data, baseline: baseline)
            #expect(ig.completenessGap < 1e-6, "\(hidden), \(baseline): gap \(ig.completenessGap)")
            #expect((ig.method == .exactPath) == exact, "\(hidden): \(ig.method)")
            if exact { #expect(ig.completenessGap < 1e-12) }
            let route = try Self.routeProbabilities(model, data)
            for (ours, theirs) in zip(ig.outputs, route) { #expect(abs(ours - theirs) < 1e-12) }
        }
    }

    @Test func softmaxAndSigmoidOutputLayersAreExplainedBeforeTheirActivation() throws {
        let data = try Self.irisData()
        let softmax = try Self.model([4, 10, 3], hidden: .relu, last: .softmax, seed: 4)
        let ig = try IntegratedGradients(model: softmax, data: data)
        #expect(ig.method == .exactPath && ig.completenessGap < 1e-12)
        for (ours, theirs) in zip(ig.outputs, try Self.routeProbabilities(softmax, data)) { #expect(abs(ours - theirs) < 1e-12) }
        let moons = try Dataset.moons(count: 80, noise: 0.2, seed: 2)
        let binary = try Self.model([2, 8, 1], hidden: .relu, last: .sigmoid, seed: 5)
        let two = try IntegratedGradients(model: binary, data: moons)
        #expect(two.method == .exactPath && two.completenessGap < 1e-12)
        for (ours, theirs) in zip(two.outputs, try Self.routeProbabilities(binary, moons)) { #expect(abs(ours - theirs) < 1e-12) }
    }

    @Test func regressionExplainsTheOutput() throws {
        let data = try Dataset.regression(count: 50, noise: 0.1, seed: 3)
        let model = try Self.model([1, 8, 1], hidden: .relu, seed: 6)
        let ig = try IntegratedGradients(model: model, data: data, baseline: .zero)
        #expect(ig.targets == nil && ig.completenessGap < 1e-12)
        let outputs = try model(data.features).scalars
        for (ours, theirs) in zip(ig.outputs, outputs) { #expect(abs(ours - theirs) < 1e-12) }
        let wide = try Self.model([1, 8, 2], hidden: .relu, seed: 6)
        #expect(throws: ModelViewError.unsuitable(view: "Attributions", argument: "model",
                                                  reason: "has 2 outputs for regression data; attributions explain one output")) {
            try IntegratedGradients(model: wide, data: data)
        }
    }

    /// The exact path against a midpoint Riemann sum of the tape's gradients (4,000 steps: the
    /// sum's error near a ReLU kink is of the order of the step, a few 1e-5 here).
    @Test func perFeatureValuesMatchARiemannSumOfTapeGradients() throws {
        let data = try Self.irisData().subset([0, 60, 120])
        let model = try Self.model([4, 12, 8, 3], hidden: .relu, seed: 3)
        let ig = try IntegratedGradients(model: model, data: data, baseline: .zero)
        let targets = try #require(ig.targets)
        let steps = 4_000
        for row in 0..<data.count {
            let x = Array(data.features.scalars[(row * 4)..<(row * 4 + 4)])
            var sum = [Double](repeating: 0, count: 4)
            for s in 0..<steps {
                let alpha = (Double(s) + 0.5) / Double(steps)
                let point = try Tensor(shape: [1, 4], scalars: x.map { $0 * alpha })
                let g = try gradient(at: point) { p in
                    let mask = try Tensor(shape: [1, 3], scalars: (0..<3).map { $0 == targets[row] ? 1 : 0 })
                    return try (Activation.softmax(try model(p)) * mask).sum()
                }
                for j in 0..<4 { sum[j] += g.scalars[j] / Double(steps) }
            }
            for j in 0..<4 {
                let riemann = sum[j] * x[j]
                #expect(abs(riemann - ig.attributions[row][j]) < 3e-4, "row \(row) feature \(j): \(riemann) vs \(ig.attributions[row][j])")
            }
        }
    }

    @Test func anExampleAtTheBaselineHasNoAttribution() throws {
        let data = try Self.irisData()
        let mean = try data.features.mean(alongAxes: 0)
        let atMean = try Dataset(features: try mean.reshaped(to: [1, 4]), labels: Tensor([0.0]), classNames: data.classNames)
        let model = try Self.model([4, 12, 3], hidden: .relu, seed: 8)
        let ig = try IntegratedGradients(model: model, data: atMean, baseline: .zero)
        let viaMean = try IntegratedGradients(model: model, data: atMean, baseline: .mean)
        #expect(viaMean.attributions[0].allSatisfy { $0 == 0 })
        #expect(ig.attributions[0].contains { $0 != 0 })
    }

    @Test func chartRanksFeaturesAndSaysHowCloselyTheyAddUp() throws {
        let t = try EvaluationGallery.iris.get()
        let chart = try Attributions(t.model, t.data)
        #expect(chart.meanMagnitude[chart.ranking[0]] >= chart.meanMagnitude[chart.ranking[3]])
        #expect(Set(chart.ranking) == [0, 1, 2, 3])
        #expect(chart.featureNames == (try Dataset.iris.featureNames))
        let text = chart.text()
        #expect(text.contains("add up to f(x) − f(baseline) within"))
        #expect(text.contains(chart.featureNames[chart.ranking[0]]))
        #expect(throws: ModelViewError.featureCount(view: "Attributions", argument: "data", expected: 4, actual: 2)) {
            try Attributions(t.model, try Dataset.moons(count: 10, seed: 1))
        }
    }

    @Test func beeswarmDotsDoNotOverlapUnlessSqueezed() {
        let xs = [10.0, 10.5, 11, 11.2, 30, 30.1, 60]
        let offsets = Beeswarm.offsets(xs, radius: 2, maxOffset: 100)
        for i in xs.indices {
            for j in xs.indices where j > i {
                let distance = ((xs[i] - xs[j]) * (xs[i] - xs[j]) + (offsets[i] - offsets[j]) * (offsets[i] - offsets[j])).squareRoot()
                #expect(distance >= 2 * 2 * 0.8 - 1e-9 || abs(xs[i] - xs[j]) >= 4, "dots \(i) and \(j)")
            }
        }
        #expect(Beeswarm.offsets(xs, radius: 2, maxOffset: 1).allSatisfy { abs($0) <= 1 })
        #expect(Beeswarm.normalized([1, 2, 3, .nan]).last?.isNaN == true)
    }

    @Test func interruptStopsTheWork() throws {
        let t = try EvaluationGallery.iris.get()
        struct Stop: Error {}
        #expect(throws: Stop.self) { try IntegratedGradients(model: t.model, data: t.data, checkInterrupt: { throw Stop() }) }
    }
}
