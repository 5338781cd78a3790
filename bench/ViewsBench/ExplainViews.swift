import Charts
import Foundation
import Learn
import ModelViews

/// The evaluating and explaining views of bench/views, on the data their peers use: the spiral
/// MLP (ROC, precision–recall, two optimizers), a 4-16-3 iris MLP (attributions) and the 1,797
/// UCI digits read from the JSON the peer wrote (PCA and t-SNE embeddings).
struct ExplainViews {
    let spiral: Sequential
    let spiralData: Dataset
    let runs: [(name: String, history: History)]
    let iris: Sequential
    let irisData: Dataset
    let digits: Dataset?

    /// The 2-64-64-3 ReLU network both spiral runs train (its weights drawn from Learn's current seed).
    static func spiralNetwork() throws -> Sequential {
        try Sequential {
            try Dense(inputSize: 2, outputSize: 64, activation: .relu)
            try Dense(inputSize: 64, outputSize: 64, activation: .relu)
            try Dense(inputSize: 64, outputSize: 3)
        }
    }

    /// Trains the iris model and the spiral model's second run (SGD, then Adam on a copy).
    init(spiral: Sequential, spiralHistory: History, spiralData: Dataset, validation: Dataset, digitsFile: String?) throws {
        self.spiral = spiral
        self.spiralData = spiralData
        Learn.seed(7)
        var adam = try Self.spiralNetwork()
        let adamHistory = try adam.fit(spiralData, epochs: 20, batchSize: 32, optimizer: Adam(for: adam, learningRate: 0.01),
                                       validation: validation)
        runs = [("sgd", spiralHistory), ("adam", adamHistory)]
        irisData = try Dataset.iris.standardized()
        var iris = try Sequential {
            try Dense(inputSize: 4, outputSize: 16, activation: .relu)
            try Dense(inputSize: 16, outputSize: 3)
        }
        _ = try iris.fit(irisData, epochs: 50, batchSize: 16, optimizer: Adam(for: iris, learningRate: 0.01))
        self.iris = iris
        digits = try digitsFile.map(Self.readDigits)
    }

    /// `{"features": [[...64]], "labels": [...]}` as written by views_explain_peer.py.
    static func readDigits(_ path: String) throws -> Dataset {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let rows = json?["features"] as? [[Double]] ?? []
        let labels = json?["labels"] as? [Double] ?? []
        return try Dataset(features: try Tensor(rows), labels: Tensor(labels), classNames: (0..<10).map(String.init))
    }

    var views: [(String, () throws -> any Chart)] {
        var list: [(String, () throws -> any Chart)] = [
            ("ROCCurve(model, data)", { try ROCCurve(spiral, spiralData) }),
            ("PrecisionRecallCurve(model, data)", { try PrecisionRecallCurve(spiral, spiralData) }),
            ("LossCurve([sgd, adam])", { try RunComparison(runs) }),
            ("Attributions(model, iris)", { try Attributions(iris, irisData) }),
            ("ScatterPlot + LinePlot + Rule", { try Overlay([
                try ScatterPlot(x: spiralData.features.scalars.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                                y: spiralData.features.scalars.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)),
                try LinePlot(x: [-1, 1], y: [-1, 1]), try Rule(y: 0)]) }),
        ]
        if let digits {
            list.append(("Embedding(digits, method: .pca)", { try Embedding(digits, method: .pca) }))
            list.append(("Embedding(digits, method: .tsne)", { try Embedding(digits, method: .tsne) }))
        }
        list.append(("PairPlot(iris)", { try PairPlot(try Dataset.iris) }))
        return list
    }

    /// What the peer needs: the iris model and data, and the second run's history.
    var dump: [String: Any] {
        var layers: [[String: Any]] = []
        for layer in iris.layers {
            guard let dense = layer as? Dense else { continue }
            layers.append(["weight": dense.weight.scalars, "shape": dense.weight.shape, "bias": dense.bias.scalars])
        }
        let adam = runs[1].history
        return ["irisLayers": layers, "irisFeatures": irisData.features.scalars, "irisLabels": irisData.labels.scalars,
                "irisFeatureNames": irisData.featureNames,
                "adam": ["loss": adam.loss, "accuracy": adam.accuracy, "validationLoss": adam.validationLoss,
                         "validationAccuracy": adam.validationAccuracy]]
    }
}
