import Charts
import Learn
import ModelViews
import Script

/// The evaluating and explaining views of LANGUAGE.md section 10 as cell functions, with the
/// common chart labels: `ROCCurve(model, data)`, `PrecisionRecallCurve(model, data)`,
/// `Attributions(model, data, baseline: .mean | .zero)`, `Embedding(model, data, layer: -2, method: .pca | .tsne)`
/// and `Embedding(data, method:)` (the long ones interruptible); runs side by side:
/// `LossCurve(["sgd": h1, "adam": h2])` and `WeightHistograms(history)` over epochs; `PairPlot(data)`.
enum EvaluationViewFunctions {
    typealias Views = ModelViewFunctions

    static func builtins(_ context: LearnContext) -> [Builtin] {
        let pair = [Parameter(nil, "model", type: "Sequential"), Parameter(nil, "data", type: "Dataset")]
        let interpreter = context.interpreter
        let checkInterrupt: () throws -> Void = { try interpreter.checkInterrupt() }
        let baseline = Parameter("baseline", type: ".mean | .zero", default: .init(".mean") { .symbol("mean") })
        let method = Parameter("method", type: ".pca | .tsne", default: .init(".pca") { .symbol("pca") })
        let layer = Parameter("layer", type: "Int", default: .init("-2") { .int(-2) })
        return [
            Views.view("ROCCurve", pair) { a, l throws in
                try ROCCurve(try Views.model(a, 0), try Views.dataset(a, 1), title: l.title,
                             width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            Views.view("PrecisionRecallCurve", pair) { a, l throws in
                try PrecisionRecallCurve(try Views.model(a, 0), try Views.dataset(a, 1), title: l.title,
                                         width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            Views.view("Attributions", pair + [baseline]) { a, l throws in
                let name = try a.symbol(2)
                guard let kind = IntegratedGradients.Baseline(rawValue: name) else {
                    throw ScriptError(kind: .type, message: "'baseline' must be .mean or .zero, got .\(name)")
                }
                return try Attributions(try Views.model(a, 0), try Views.dataset(a, 1), baseline: kind, title: l.title,
                                        width: l.width, height: l.height, checkInterrupt: checkInterrupt)
            },
            Views.view("Embedding", pair + [layer, method]) { a, l throws in
                try Embedding(try Views.model(a, 0), try Views.dataset(a, 1), layer: try a.int(2), method: try embedding(a, 3),
                              title: l.title, width: l.width ?? ChartOptions.defaultWidth,
                              height: l.height ?? ChartOptions.defaultHeight, checkInterrupt: checkInterrupt)
            },
            Views.view("LossCurve", [Parameter(nil, "histories", type: "[String: History]"),
                                     Parameter("smoothing", type: "Double", default: .init("0") { .double(0) })]) { a, l throws in
                try RunComparison(try histories(a, 0), smoothing: try a.double(1), title: l.title,
                                  width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            Views.view("WeightHistograms", [Parameter(nil, "history", type: "History")]) { a, l throws in
                try WeightHistory(try Views.history(a, 0), title: l.title, width: l.width, height: l.height)
            },
            Views.view("Embedding", [Parameter(nil, "data", type: "Dataset"), method]) { a, l throws in
                try Embedding(try Views.dataset(a, 0), method: try embedding(a, 1), title: l.title,
                              width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight,
                              checkInterrupt: checkInterrupt)
            },
            Views.view("PairPlot", [Parameter(nil, "data", type: "Dataset")]) { a, l throws in
                try PairPlot(try Views.dataset(a, 0), title: l.title, width: l.width, height: l.height)
            },
        ]
    }

    /// A `[String: History]` argument as named runs, in the order written.
    private static func histories(_ arguments: Arguments, _ index: Int) throws -> [(name: String, history: History)] {
        guard case .dictionary(let dictionary) = arguments[index] else {
            throw ScriptError.argumentMismatch(arguments[index], expected: "[String: History]", parameter: "histories")
        }
        return try dictionary.pairs.map { key, value in
            guard case .native(let object as HistoryValue) = value else {
                throw ScriptError(kind: .type, message: "LossCurve: histories[\(ChartArguments.label(key))] is a '\(value.typeName)', not a History")
            }
            return (ChartArguments.label(key), object.history)
        }
    }

    private static func embedding(_ arguments: Arguments, _ index: Int) throws -> Embedding.Method {
        let name = try arguments.symbol(index)
        guard let method = Embedding.Method(rawValue: name) else {
            throw ScriptError(kind: .type, message: "'method' must be .pca or .tsne, got .\(name)")
        }
        return method
    }
}
