#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        guard let file = fopen(path, "wb") else {
            throw ScriptError(kind: .runtime, message: "save: cannot write \"\(path)\": \(reason(errno))")
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else {
            throw ScriptError(kind: .runtime, message: "save: cannot write \"\(path)\": \(reason(errno))")
        }
    }

    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
