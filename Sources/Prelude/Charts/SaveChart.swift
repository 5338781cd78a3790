import Platform
import Script

/// `save(_ chart, to: "name.svg" | "name.png")`: writes the chart as SVG, or as PNG at 2× density.
enum SaveChart {
    static func install(into interpreter: Interpreter) {
        interpreter.register(Builtin("save", [Parameter(nil, "chart", type: "Chart"), Parameter("to", "path", type: "String")],
                                     doc: "Writes a chart to a file: .svg as SVG text, .png as a PNG at 2× density.") {
            arguments throws(ScriptError) in
            let chart = try arguments.native(0, as: ChartValue.self, named: "Chart")
            let path = try arguments.string(1)
            try write(chart, to: path)
            return .void
        })
    }

    static func write(_ chart: ChartValue, to path: String) throws(ScriptError) {
        let lowered = path.lowercased()
        let bytes: [UInt8]
        if lowered.hasSuffix(".svg") {
            bytes = Array(try chart.svg().utf8)
        } else if lowered.hasSuffix(".png") {
            bytes = try chart.png(scale: 2)
        } else {
            throw ScriptError(kind: .runtime, message: "save: cannot save to \"\(path)\": the file name must end in .svg or .png")
        }
        if let reason = FileBytes.write(bytes, to: path) {
            throw ScriptError(kind: .runtime, message: "save: cannot write \"\(path)\": \(reason)")
        }
    }
}
