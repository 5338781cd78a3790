import Charts
import Script

/// The modifiers cells call on a chart — `.title(_)`, `.size(width:height:)`, `.theme(.light | .dark)` —
/// each returning a new chart, and the member names completion lists after `chart.`.
extension ChartValue {
    public var memberNames: [String] { ["size", "theme", "title"] }

    public func method(_ name: String) -> [Builtin]? {
        switch name {
        case "title":
            return [Builtin("title", [Parameter(nil, "text", type: "String")], returns: self.name,
                            doc: "The same chart with a new title.") { arguments throws(ScriptError) in
                self.modified(self.chart.title(try arguments.string(0)))
            }]
        case "size":
            return [Builtin("size", [Parameter("width", type: "Double"), Parameter("height", type: "Double")],
                            returns: self.name, doc: "The same chart at a new size in CSS pixels.") { arguments throws(ScriptError) in
                self.modified(self.chart.size(width: try arguments.double(0), height: try arguments.double(1)))
            }]
        case "theme":
            return [Builtin("theme", [Parameter(nil, "theme", type: "Theme")], returns: self.name,
                            doc: "The same chart in the .light or .dark theme.") { arguments throws(ScriptError) in
                let name = try ChartArguments.choice(arguments, 0, among: ["light", "dark"])
                return self.modified(self.chart.theme(ThemeName(rawValue: name) ?? .light))
            }]
        default:
            return nil
        }
    }

    private func modified(_ chart: any Chart) -> Value { .native(ChartValue(chart, name: name)) }
}
