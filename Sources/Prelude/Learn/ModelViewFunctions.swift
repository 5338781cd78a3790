import Charts
import Learn
import ModelViews
import Script

/// The model views of LANGUAGE.md section 10 as cell functions, each with the common chart
/// labels (`title:`, `xLabel:`, `yLabel:`, `width:`, `height:`) and shown through `ChartValue`:
/// `NetworkDiagram(model)`, `NetworkDiagram(model, style: .neurons)`, `LossCurve(history)`,
/// `WeightHistograms(model)`, `GradientHistograms(history)`, `DecisionBoundary(model, data)`,
/// `ConfusionMatrix(model, data)`, `ActivationHeatmap(model, x)`, and `ScatterPlot(data)`.
enum ModelViewFunctions {
    /// The common labels, read from the arguments after a view's own ones.
    struct Labels {
        var title: String?
        var xLabel: String?
        var yLabel: String?
        var width: Double?
        var height: Double?

        func apply(to chart: any Chart) -> any Chart {
            var chart = chart
            if let title { chart.options.title = title }
            if let xLabel { chart.options.xLabel = xLabel }
            if let yLabel { chart.options.yLabel = yLabel }
            return chart
        }
    }

    static var all: [Builtin] {
        [
            view("NetworkDiagram", [Parameter(nil, "model", type: "Sequential")]) { a, l throws in
                try ModelDiagram(try model(a, 0), title: l.title, width: l.width, height: l.height)
            },
            view("NetworkDiagram", [Parameter(nil, "model", type: "Sequential"), Parameter("style", type: ".layers | .neurons")]) { a, l throws in
                let name = try a.symbol(1)
                guard let style = ModelDiagram.Style(rawValue: name) else {
                    throw ScriptError(kind: .type, message: "'style' must be .layers or .neurons, got .\(name)")
                }
                return try ModelDiagram(try model(a, 0), style: style, title: l.title, width: l.width, height: l.height)
            },
            view("LossCurve", [Parameter(nil, "history", type: "History"),
                               Parameter("smoothing", type: "Double", default: .init("0") { .double(0) })]) { a, l throws in
                try LossCurve(try history(a, 0), smoothing: try a.double(1), title: l.title,
                              width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            view("WeightHistograms", [Parameter(nil, "model", type: "Sequential"),
                                      Parameter("bins", type: "Int", default: .init("30") { .int(30) })]) { a, l throws in
                try WeightHistograms(try model(a, 0), bins: try a.int(1), title: l.title, width: l.width, height: l.height)
            },
            view("GradientHistograms", [Parameter(nil, "history", type: "History")]) { a, l throws in
                try GradientHistograms(try history(a, 0), title: l.title, width: l.width, height: l.height)
            },
            view("DecisionBoundary", [Parameter(nil, "model", type: "Sequential"), Parameter(nil, "data", type: "Dataset")]) { a, l throws in
                try DecisionBoundary(try model(a, 0), try dataset(a, 1), title: l.title,
                                     width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            view("ConfusionMatrix", [Parameter(nil, "model", type: "Sequential"), Parameter(nil, "data", type: "Dataset")]) { a, l throws in
                try ConfusionMatrix(try model(a, 0), try dataset(a, 1), title: l.title,
                                    width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            view("ActivationHeatmap", [Parameter(nil, "model", type: "Sequential"), Parameter(nil, "x", type: "Tensor")]) { a, l throws in
                try ActivationHeatmap(try model(a, 0), try LearnBridge.tensor(a[1], name: "x"), title: l.title,
                                      width: l.width, height: l.height)
            },
        ]
    }

    static func view(_ name: String, _ own: [Parameter],
                             _ make: @escaping (Arguments, Labels) throws -> any Chart) -> Builtin {
        let none = Parameter.DefaultValue.nilValue
        let common = [Parameter("title", type: "String?", default: none), Parameter("xLabel", type: "String?", default: none),
                      Parameter("yLabel", type: "String?", default: none), Parameter("width", type: "Double?", default: none),
                      Parameter("height", type: "Double?", default: none)]
        return Builtin(name, own + common, returns: "Chart", doc: "The \(name) view of a model, its training or its data.") {
            arguments throws(ScriptError) in
            let base = own.count
            let labels = Labels(title: try optionalString(arguments, base), xLabel: try optionalString(arguments, base + 1),
                                yLabel: try optionalString(arguments, base + 2), width: try optionalDouble(arguments, base + 3),
                                height: try optionalDouble(arguments, base + 4))
            let chart = try LearnBridge.run { try make(arguments, labels) }
            return .native(ChartValue(labels.apply(to: chart), name: name))
        }
    }

    private static func optionalString(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> String? {
        guard LearnBridge.optional(arguments[index]) != nil else { return nil }
        var copy = arguments
        copy[index] = LearnBridge.optional(arguments[index]) ?? .null
        return try copy.string(index)
    }

    private static func optionalDouble(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> Double? {
        guard let inner = LearnBridge.optional(arguments[index]) else { return nil }
        var copy = arguments
        copy[index] = inner
        return try copy.double(index)
    }

    static func model(_ arguments: Arguments, _ index: Int) throws -> Sequential {
        try arguments.native(index, as: ModelValue.self, named: "Sequential").model
    }

    static func history(_ arguments: Arguments, _ index: Int) throws -> History {
        try arguments.native(index, as: HistoryValue.self, named: "History").history
    }

    static func dataset(_ arguments: Arguments, _ index: Int) throws -> Dataset {
        try arguments.native(index, as: DatasetValue.self, named: "Dataset").dataset
    }
}
