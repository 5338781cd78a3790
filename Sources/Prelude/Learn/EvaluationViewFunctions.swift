import Charts
import Learn
import ModelViews
import Script

/// The evaluating and explaining views of LANGUAGE.md section 10 as cell functions, with the
/// common chart labels: `ROCCurve(model, data)`, `PrecisionRecallCurve(model, data)`.
enum EvaluationViewFunctions {
    typealias Views = ModelViewFunctions

    static var all: [Builtin] {
        let pair = [Parameter(nil, "model", type: "Sequential"), Parameter(nil, "data", type: "Dataset")]
        return [
            Views.view("ROCCurve", pair) { a, l throws in
                try ROCCurve(try Views.model(a, 0), try Views.dataset(a, 1), title: l.title,
                             width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
            Views.view("PrecisionRecallCurve", pair) { a, l throws in
                try PrecisionRecallCurve(try Views.model(a, 0), try Views.dataset(a, 1), title: l.title,
                                         width: l.width ?? ChartOptions.defaultWidth, height: l.height ?? ChartOptions.defaultHeight)
            },
        ]
    }
}
