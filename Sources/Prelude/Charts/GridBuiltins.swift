import Charts
import Script

/// `Grid(_ charts: [Chart], columns: 2)`: charts composed as panels, with `title:`, `width:`, `height:`
/// (the size defaults to 480 × 320 per panel).
enum GridBuiltins {
    static func install(into interpreter: Interpreter) {
        let parameters = [
            Parameter(nil, "charts", type: "[Chart]"),
            ChartConstructor.parameter("columns", type: "Int", default: "2") { .int(2) },
            ChartConstructor.parameter("title", type: "String?", default: "nil"),
            ChartConstructor.parameter("width", type: "Double?", default: "nil"),
            ChartConstructor.parameter("height", type: "Double?", default: "nil"),
        ]
        interpreter.register(Builtin("Grid", parameters, returns: "Grid",
                                     doc: "Charts side by side as panels, in rows of `columns`.") { arguments throws(ScriptError) in
            let charts = try self.charts(arguments, 0)
            let columns = try arguments.int(1)
            let title = try ChartArguments.optionalString(arguments, 2)
            let width = try ChartArguments.optionalDouble(arguments, 3)
            let height = try ChartArguments.optionalDouble(arguments, 4)
            return try ChartConstructor.make("Grid") {
                try Grid(charts, columns: columns, title: title, width: width, height: height)
            }
        })
    }

    static func charts(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [any Chart] {
        guard case .array(let items) = arguments[index] else {
            throw ChartArguments.mismatch(arguments, index, expected: "[Chart]")
        }
        var result: [any Chart] = []
        for (position, item) in items.enumerated() {
            guard case .native(let object) = item, let chart = object as? ChartValue else {
                throw ScriptError(kind: .type, message: "Grid: charts[\(position)] is a '\(item.typeName)', not a chart")
            }
            result.append(chart.chart)
        }
        return result
    }
}
