import Script

/// `ScatterPlot(_ data:)`: a dataset's first two features, coloured by class name.
extension DatasetValue: ScatterPlottable {
    func scatterPoints() throws(ScriptError) -> ScatterPoints {
        let d = dataset.featureCount
        guard d >= 2 else {
            throw ScriptError(kind: .runtime,
                              message: "ScatterPlot needs a dataset with at least 2 features ('data' has \(d))")
        }
        let columns = dataset.features.scalars
        let x = (0..<dataset.count).map { columns[$0 * d] }
        let y = (0..<dataset.count).map { columns[$0 * d + 1] }
        let classNames = dataset.classNames
        let labels = dataset.labels.scalars.map { label -> String in
            guard label.isFinite, label == label.rounded(), abs(label) < 1e9 else { return LearnBridge.format(label) }
            let index = Int(label)
            return classNames.indices.contains(index) ? classNames[index] : "class \(index)"
        }
        let names = dataset.featureNames
        return ScatterPoints(x: x, y: y, labels: labels,
                             xLabel: names.count > 0 ? names[0] : "x0", yLabel: names.count > 1 ? names[1] : "x1")
    }
}
