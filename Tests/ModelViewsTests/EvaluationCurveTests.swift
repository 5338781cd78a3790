import Charts
import Foundation
import Graphics
import Learn
import Testing
@testable import ModelViews

/// ROC and precision–recall: the areas against scikit-learn's on the same scores (recorded by
/// Reference/ranking_reference.py), the views against the model's own probabilities and
/// `evaluate`, the refusals, and the goldens.
@Suite struct EvaluationCurveTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            var kind: String
            var labels: [Int]
            var scores: [Double]?
            var auc: Double?
            var ap: Double?
            var classes: Int?
            var probabilities: [Double]?
            var auc_per_class: [Double]?
            var ap_per_class: [Double]?
            var auc_macro_ovr: Double?
            var ap_macro: Double?
        }
        var cases: [Case]
    }

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/ranking.json")
        return try JSONDecoder().decode(Reference.self, from: try Data(contentsOf: url))
    }

    @Test func binaryAreasEqualScikitLearn() throws {
        let cases = try Self.reference().cases.filter { $0.kind == "binary" }
        #expect(cases.count == 3)
        for c in cases {
            let curve = RankingCurve(scores: try #require(c.scores), positive: c.labels.map { $0 == 1 })
            #expect(abs(curve.auc - (try #require(c.auc))) < 1e-12, "AUC \(curve.auc) vs sklearn \(c.auc ?? .nan)")
            #expect(abs(curve.averagePrecision - (try #require(c.ap))) < 1e-12,
                    "AP \(curve.averagePrecision) vs sklearn \(c.ap ?? .nan)")
        }
    }

    @Test func oneVersusRestAreasEqualScikitLearn() throws {
        let cases = try Self.reference().cases.filter { $0.kind == "multiclass" }
        #expect(cases.count == 2)
        for c in cases {
            let k = try #require(c.classes), p = try #require(c.probabilities)
            var aucs: [Double] = [], aps: [Double] = []
            for cls in 0..<k {
                let curve = RankingCurve(scores: c.labels.indices.map { p[$0 * k + cls] }, positive: c.labels.map { $0 == cls })
                aucs.append(curve.auc); aps.append(curve.averagePrecision)
            }
            for (ours, theirs) in zip(aucs + aps, (try #require(c.auc_per_class)) + (try #require(c.ap_per_class))) {
                #expect(abs(ours - theirs) < 1e-12)
            }
            #expect(abs(aucs.reduce(0, +) / Double(k) - (try #require(c.auc_macro_ovr))) < 1e-12)
            #expect(abs(aps.reduce(0, +) / Double(k) - (try #require(c.ap_macro))) < 1e-12)
        }
    }

    @Test func perfectReversedAndTiedRankings() {
        let perfect = RankingCurve(scores: [0.9, 0.8, 0.2, 0.1], positive: [true, true, false, false])
        #expect(perfect.auc == 1 && perfect.averagePrecision == 1)
        let reversed = RankingCurve(scores: [0.1, 0.2, 0.8, 0.9], positive: [true, true, false, false])
        #expect(reversed.auc == 0)
        #expect(abs(reversed.averagePrecision - 5.0 / 12.0) < 1e-12, "sklearn: ½·⅓ + ½·½ (precision ⅓, then ½ at full recall)")
        let tied = RankingCurve(scores: [0.5, 0.5, 0.5, 0.5], positive: [true, false, true, false])
        #expect(tied.auc == 0.5 && tied.averagePrecision == 0.5)
        #expect(tied.falsePositiveRate == [0, 1] && tied.truePositiveRate == [0, 1])
        let oneClass = RankingCurve(scores: [0.3, 0.7], positive: [false, false])
        #expect(!oneClass.isDefined && oneClass.auc.isNaN && oneClass.averagePrecision.isNaN)
    }

    @Test func drawnCurvesKeepTheirAreas() throws {
        let c = try #require(try Self.reference().cases.first { $0.kind == "binary" && $0.labels.count == 300 })
        let curve = RankingCurve(scores: try #require(c.scores), positive: c.labels.map { $0 == 1 })
        let roc = curve.rocPoints, steps = curve.precisionRecallSteps
        #expect(roc.count < curve.falsePositiveRate.count)
        let trapezoid = zip(roc, roc.dropFirst()).reduce(0.0) { $0 + ($1.1.x - $1.0.x) * ($1.1.y + $1.0.y) / 2 }
        #expect(abs(trapezoid - curve.auc) < 1e-12)
        let stepArea = zip(steps, steps.dropFirst()).reduce(0.0) { $0 + ($1.1.x - $1.0.x) * $1.1.y }
        #expect(abs(stepArea - curve.averagePrecision) < 1e-12)
    }

    @Test func viewsUseTheModelsProbabilitiesAndAgreeWithEvaluate() throws {
        let t = try EvaluationGallery.iris.get()
        let roc = try ROCCurve(t.model, t.data), pr = try PrecisionRecallCurve(t.model, t.data)
        let p = try t.model.classProbabilities(t.data.features, for: t.data)
        let labels = t.data.labels.scalars.map { Int($0) }
        for c in 0..<3 {
            let ranking = RankingCurve(scores: labels.indices.map { p.values[$0 * 3 + c] }, positive: labels.map { $0 == c })
            #expect(roc.curves[c].area == ranking.auc && pr.curves[c].area == ranking.averagePrecision)
            #expect(roc.curves[c].positives == 50)
        }
        #expect(roc.curves.map(\.name) == ["setosa", "versicolor", "virginica"])
        #expect(abs((roc.macroArea ?? 0) - roc.curves.map(\.area).reduce(0, +) / 3) < 1e-15)
        let evaluated = try t.model.evaluate(t.data).accuracy
        #expect(roc.accuracy == evaluated && pr.accuracy == evaluated)
        #expect(roc.accuracy ?? 0 > 0.85, "the trained iris model is a real classifier")
        #expect(roc.options.title?.hasPrefix("ROC curve · macro AUC 0.9") == true)
        #expect(abs(pr.chance - 1.0 / 3.0) < 1e-12)
    }

    @Test func twoClassesDrawThePositiveClassAndTheModelsDecisions() throws {
        let t = try EvaluationGallery.moons.get()
        let roc = try ROCCurve(t.model, t.data)
        #expect(roc.curves.count == 1 && roc.macroArea == nil)
        let point = try #require(roc.operatingPoint)
        let predicted = try t.model.predict(t.data.features).scalars, labels = t.data.labels.scalars
        let tp = zip(predicted, labels).filter { $0 == 1 && $1 == 1 }.count
        let fp = zip(predicted, labels).filter { $0 == 1 && $1 == 0 }.count
        let positives = labels.filter { $0 == 1 }.count
        #expect(point.y == Double(tp) / Double(positives) && point.x == Double(fp) / Double(labels.count - positives))
        #expect(roc.accuracy == (try t.model.evaluate(t.data).accuracy))
        #expect(roc.layers.map(\.series.count) == [1, 1, 1])
        #expect(roc.layers[2].series[0].name.hasPrefix("decisions (accuracy "))
    }

    @Test func refusals() throws {
        let t = try EvaluationGallery.iris.get()
        let regression = try Dataset.regression(count: 20, noise: 0.1, seed: 1)
        #expect(throws: ModelViewError.self) { try ROCCurve(t.model, regression) }
        let moons = try Dataset.moons(count: 20, seed: 1)
        #expect(throws: ModelViewError.featureCount(view: "ROCCurve", argument: "data", expected: 4, actual: 2)) {
            try ROCCurve(t.model, moons)
        }
        let onlySetosa = try t.data.subset(Array(0..<10))
        #expect(throws: ModelViewError.unsuitable(view: "ROCCurve", argument: "data",
                                                  reason: "needs examples of at least two classes to rank one against the others")) {
            try ROCCurve(t.model, onlySetosa)
        }
        let noVirginica = try ROCCurve(t.model, try t.data.subset(Array(0..<100)))
        #expect(noVirginica.curves.map(\.name) == ["setosa", "versicolor"] && noVirginica.leftOut == ["virginica"])
        #expect(noVirginica.text().contains("no curve for virginica"))
        let wide = try Dataset(features: t.data.features, labels: Tensor(t.data.labels.scalars.map { $0 + 3 }))
        #expect(throws: ModelViewError.unsuitable(view: "PrecisionRecallCurve", argument: "data",
                                                  reason: "has class 5 but the model gives scores for 3 classes")) {
            try PrecisionRecallCurve(t.model, wide)
        }
    }

    @Test(arguments: EvaluationGallery.names)
    func matchesGoldens(_ name: String) throws {
        let chart = try #require(try EvaluationGallery.all().first { $0.name == name }?.chart)
        try GoldenImage.check(chart, name: name)
        try GoldenTextTests.check(chart.text(columns: 80), against: "\(name).txt")
        for width in [80, 50] {
            for line in chart.text(columns: width).split(separator: "\n") {
                #expect(line.count <= width, "\(name) at \(width) columns: «\(line)»")
            }
        }
    }

    /// Every view says in words what it shows (the SVG's <desc>, the images' alt text), with
    /// the same figures as its legend.
    @Test func everyViewDescribesItself() throws {
        let fonts = try FontBook.system()
        for (name, chart) in try EvaluationGallery.all() {
            let summary = chart.summary()
            #expect(summary.count > 40, "\(name): «\(summary)»")
            #expect(SVGWriter.write(chart.scene(measurer: fonts)).contains("<desc id="), "\(name) has no <desc>")
        }
        let t = try EvaluationGallery.sepals.get()
        let roc = try ROCCurve(t.model, t.data)
        for curve in roc.curves { #expect(roc.summary().contains("\(curve.name) AUC \(CurveLayers.areaText(curve.area))")) }
        let attributions = try Attributions(try EvaluationGallery.iris.get().model, try EvaluationGallery.iris.get().data)
        let top = try #require(attributions.ranking.first)
        #expect(attributions.summary().contains("largest mean |attribution|: \(attributions.featureNames[top])"))
        let overlay = try Overlay([roc, try Rule(x: 0.1, label: "budget")])
        #expect(overlay.summary().contains(roc.summary()) && overlay.summary().contains("Vertical reference line at x = 0.1 (budget)."))
    }

    @Test func overlaysWithOtherCharts() throws {
        let t = try EvaluationGallery.iris.get()
        let overlay = try Overlay([try ROCCurve(t.model, t.data), try Rule(x: 0.1, label: "budget")])
        #expect(overlay.layers.count == 3)
        #expect(throws: ChartError.self) { try Overlay([try ROCCurve(t.model, t.data), try ConfusionMatrix(t.model, t.data)]) }
    }
}
