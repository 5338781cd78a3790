import Charts
import Script

/// Registers chart constructors: the data parameters of each overload followed by the labels every
/// chart takes (`title:`, `xLabel:`, `yLabel:`, `width:`, `height:`), and turns the built chart — or
/// the `ChartError` that refused the data — into a cell value or a RuntimeError.
enum ChartConstructor {
    /// The common options, as read from a call.
    struct Options {
        var title: String?
        var xLabel: String?
        var yLabel: String?
        var width: Double
        var height: Double
        /// Whether `width:` / `height:` were given (a chart may grow where they were not).
        var widthGiven = true
        var heightGiven = true
    }

    /// Builds a chart from the call's arguments and the common options read after the data parameters.
    typealias Build = (Arguments, Options) throws -> any Chart

    static let optionParameters: [Parameter] = [
        Parameter("title", type: "String?", default: .init("nil") { .null }),
        Parameter("xLabel", type: "String?", default: .init("nil") { .null }),
        Parameter("yLabel", type: "String?", default: .init("nil") { .null }),
        Parameter("width", type: "Double", default: .init("640") { .null }),
        Parameter("height", type: "Double", default: .init("400") { .null }),
    ]

    /// Registers one overload of the chart constructor `name`.
    static func register(_ name: String, _ data: [Parameter], doc: String, into interpreter: Interpreter,
                         build: @escaping Build) {
        let first = data.count
        interpreter.register(Builtin(name, data + optionParameters, returns: name, doc: doc) { arguments throws(ScriptError) in
            let options = try readOptions(arguments, from: first)
            return try make(name) {
                var chart = try build(arguments, options)
                chart.options.flexibleWidth = !options.widthGiven
                chart.options.flexibleHeight = !options.heightGiven
                return chart
            }
        })
    }

    static func readOptions(_ arguments: Arguments, from first: Int) throws(ScriptError) -> Options {
        let widthGiven = !isNull(arguments[first + 3]), heightGiven = !isNull(arguments[first + 4])
        return Options(title: try ChartArguments.optionalString(arguments, first),
                       xLabel: try ChartArguments.optionalString(arguments, first + 1),
                       yLabel: try ChartArguments.optionalString(arguments, first + 2),
                       width: widthGiven ? try arguments.double(first + 3) : ChartOptions.defaultWidth,
                       height: heightGiven ? try arguments.double(first + 4) : ChartOptions.defaultHeight,
                       widthGiven: widthGiven, heightGiven: heightGiven)
    }

    private static func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// The chart as a cell value; a `ChartError` becomes a RuntimeError with the chart's message.
    static func make(_ name: String, _ build: () throws -> any Chart) throws(ScriptError) -> Value {
        do {
            return .native(ChartValue(try build(), name: name))
        } catch let error as ScriptError {
            throw error
        } catch let error as ChartError {
            throw ScriptError(kind: .runtime, message: error.description)
        } catch {
            throw ScriptError(platform: error) ?? ScriptError(kind: .runtime, message: "\(name): \(error)")
        }
    }

    /// A parameter with a constant default (`bins: Int = 30`).
    static func parameter(_ label: String?, _ name: String? = nil, type: String, default text: String? = nil,
                          _ value: @escaping @Sendable () -> Value = { .null }) -> Parameter {
        Parameter(label, name, type: type, default: text.map { Parameter.DefaultValue($0, value) })
    }
}
