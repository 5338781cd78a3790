import Charts
import Learn
import ModelViews
import Script

/// The image views of LANGUAGE.md section 10 as cell functions (with the common chart labels):
/// `ImageGrid(data, count:)`, `ImageGrid(images:labels:)`, `Predictions(model, data, count:)`,
/// `Misclassified(model, data, count:)`, `Filters(model, layer:)`, `FeatureMaps(model, image, layer:)`,
/// `Saliency(model, image, method:)`.
enum ImageViewFunctions {
    static var all: [Builtin] {
        let count = Parameter("count", type: "Int", default: .init("16") { .int(16) })
        let model = Parameter(nil, "model", type: "Sequential"), data = Parameter(nil, "data", type: "Dataset")
        return [
            ModelViewFunctions.view("ImageGrid", [data, count]) { a, l throws in
                try ImageGrid(try ModelViewFunctions.dataset(a, 0), count: try a.int(1), title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("ImageGrid", [Parameter("images", type: "Tensor"),
                                                  Parameter("labels", type: "[String]", default: .init("[]") { .array([]) })]) { a, l throws in
                try ImageGrid(images: try LearnBridge.tensor(a[0], name: "images"), labels: try labels(a[1]),
                              title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("Predictions", [model, data, count]) { a, l throws in
                try Predictions(try ModelViewFunctions.model(a, 0), try ModelViewFunctions.dataset(a, 1), count: try a.int(2),
                                title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("Misclassified", [model, data, count]) { a, l throws in
                try Misclassified.view(try ModelViewFunctions.model(a, 0), try ModelViewFunctions.dataset(a, 1), count: try a.int(2),
                                       title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("Filters", [model, Parameter("layer", type: "Int", default: .init("0") { .int(0) })]) { a, l throws in
                try Filters(try ModelViewFunctions.model(a, 0), layer: try a.int(1), title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("FeatureMaps", [model, Parameter(nil, "image", type: "Tensor"),
                                                    Parameter("layer", type: "Int", default: .init("0") { .int(0) })]) { a, l throws in
                try FeatureMaps(try ModelViewFunctions.model(a, 0), try LearnBridge.tensor(a[1], name: "image"), layer: try a.int(2),
                                title: l.title, width: l.width, height: l.height)
            },
            ModelViewFunctions.view("Saliency", [model, Parameter(nil, "image", type: "Tensor"),
                                                 Parameter("method", type: "SaliencyMethod", default: .init(".gradient") { .symbol("gradient") }),
                                                 Parameter("classNames", type: "[String]", default: .init("[]") { .array([]) })]) { a, l throws in
                let name = try ChartArguments.choice(a, 2, among: SaliencyMethod.allCases.map(\.rawValue))
                return try Saliency(try ModelViewFunctions.model(a, 0), try LearnBridge.tensor(a[1], name: "image"),
                                    method: SaliencyMethod(rawValue: name) ?? .gradient, classNames: try labels(a[3]),
                                    title: l.title, width: l.width, height: l.height)
            },
        ]
    }

    private static func labels(_ value: Value) throws -> [String] {
        guard case .array(let items) = value else { throw ScriptError(kind: .type, message: "'labels' must be an array of strings") }
        return items.map { item in
            if case .string(let text) = item { return text }
            return item.description
        }
    }
}
