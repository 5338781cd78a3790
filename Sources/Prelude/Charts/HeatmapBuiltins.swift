import Charts
import Script

/// `Heatmap(_ matrix)` from `[[Double]]` or a rank-2 Tensor, with `colormap:`, `xLabels:`,
/// `yLabels:` and `annotate:`. Left out, `colormap:` is viridis, or coolwarm centred on 0 for signed values.
enum HeatmapBuiltins {
    static func install(into interpreter: Interpreter) {
        let parameters = [
            Parameter(nil, "matrix", type: "[[Double]]"),
            ChartConstructor.parameter("colormap", type: "Colormap", default: ".viridis") { .null },
            ChartConstructor.parameter("xLabels", type: "[String]?", default: "nil"),
            ChartConstructor.parameter("yLabels", type: "[String]?", default: "nil"),
            ChartConstructor.parameter("annotate", type: "Bool", default: "false") { .bool(false) },
        ]
        ChartConstructor.register("Heatmap", parameters,
                                  doc: "A matrix ([[Double]] or a rank-2 Tensor) as coloured cells with a colour bar; "
                                      + "colormap: .viridis | .magma | .coolwarm | .gray (signed values get .coolwarm "
                                      + "centred on 0 unless named); annotate: true writes the values.",
                                  into: interpreter) { arguments, options in
            var colormap: Colormap?
            if case .null = arguments[1] {} else {
                colormap = Colormap(rawValue: try ChartArguments.choice(arguments, 1, among: Colormap.allCases.map(\.rawValue)))
            }
            return try Heatmap(try matrix(arguments, 0), colormap: colormap,
                               xLabels: try ChartArguments.optionalStrings(arguments, 2),
                               yLabels: try ChartArguments.optionalStrings(arguments, 3),
                               annotate: try arguments.bool(4), title: options.title, xLabel: options.xLabel,
                               yLabel: options.yLabel, width: options.width, height: options.height)
        }
    }

    /// Rows of a `[[Double]]` (ragged rows are left for Heatmap to report) or of a rank-2 Tensor.
    static func matrix(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [[Double]] {
        guard case .native(let object) = arguments[index], let tensor = (object as? TensorValue)?.tensor else {
            return try arguments.doubleMatrix(index)
        }
        guard tensor.shape.count == 2 else {
            throw ScriptError(kind: .type, message: "Heatmap: matrix must be a rank-2 Tensor (got shape "
                              + "\(tensor.shape))")
        }
        let columns = tensor.shape[1]
        guard columns > 0 else { return Array(repeating: [], count: tensor.shape[0]) }
        return stride(from: 0, to: tensor.scalars.count, by: columns).map { Array(tensor.scalars[$0..<($0 + columns)]) }
    }
}
