/// The Keras-like text table of `Sequential.summary()`.
extension Sequential {
    /// One row per layer (index and kind, output shape with `?` for the batch,
    /// parameter count), then the total. `inputShape` is one example's shape;
    /// without it the model's `exampleShape`.
    public func summary(inputShape: [Int]? = nil) -> String {
        var model = self
        if let inputShape { model.inputShape = inputShape }
        var rows: [(String, String, String)] = []
        for (index, (layer, output)) in zip(layers, model.exampleOutputShapes).enumerated() {
            let shapeText = output.map { "[?, " + $0.map(String.init).joined(separator: ", ") + "]" } ?? "?"
            rows.append(("\(index) \(layer.kind)", shapeText, String(layer.parameterCount)))
        }
        let headers = ("Layer", "Output shape", "Parameters")
        let first = max(headers.0.count, rows.map(\.0.count).max() ?? 0)
        let second = max(headers.1.count, rows.map(\.1.count).max() ?? 0)
        let third = max(headers.2.count, rows.map(\.2.count).max() ?? 0)
        func line(_ row: (String, String, String)) -> String {
            pad(row.0, first) + "   " + pad(row.1, second) + "   " + String(repeating: " ", count: third - row.2.count) + row.2
        }
        let rule = String(repeating: "─", count: first + second + third + 6)
        var text = [line(headers), rule]
        text += rows.map(line)
        text += [rule, "Total parameters: \(parameterCount)"]
        return text.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
