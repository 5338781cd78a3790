import Charts
import Learn
import Prelude
import Script

/// Runs chart cells and hands back the chart values or errors they produce.
final class ChartCells {
    let harness = PreludeHarness()
    private var cell = 1000

    init() {
        harness.interpreter.register(Builtin("fixtureTensor", [Parameter(nil, "scalars", type: "[Double]"),
                                                               Parameter("shape", type: "[Int]")],
                                             returns: "Tensor", doc: "A tensor for tests.") { arguments throws(ScriptError) in
            do {
                return .native(TensorValue(try Tensor(shape: try arguments.ints(1), scalars: try arguments.doubles(0))))
            } catch {
                throw ScriptError(kind: .runtime, message: "bad fixture")
            }
        })
    }

    /// The cell's result, which must be a chart.
    func chart(_ source: String) throws -> ChartValue {
        cell += 1
        switch harness.interpreter.run(source, cell: cell) {
        case .value(.native(let object)?):
            guard let chart = object as? ChartValue else { throw Failure(text: "not a chart: \(object.typeName)") }
            return chart
        case .value(let other): throw Failure(text: "not a chart: \(String(describing: other))")
        case .error(let error): throw Failure(text: error.message)
        }
    }

    /// The chart of type `T` the cell returns.
    func chart<T: Chart>(_ source: String, as type: T.Type) throws -> T {
        let value = try chart(source)
        guard let typed = value.chart as? T else { throw Failure(text: "\(value.chart) is not a \(T.self)") }
        return typed
    }

    /// The error the cell raises (nil when it succeeds).
    func error(_ source: String) -> ScriptError? {
        cell += 1
        if case .error(let error) = harness.interpreter.run(source, cell: cell) { return error }
        return nil
    }

    struct Failure: Error, CustomStringConvertible { var text: String; var description: String { text } }
}

/// The width and height a PNG's IHDR chunk declares.
func pngDimensions(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    guard bytes.count >= 24, bytes[0] == 0x89, bytes[1] == 0x50 else { return nil }
    func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
}

/// Standard base64 decoding (enough for the PNG header checks).
func base64Decoded(_ text: String) -> [UInt8] {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var table = [UInt8: UInt32]()
    for (index, symbol) in alphabet.enumerated() { table[symbol] = UInt32(index) }
    var out: [UInt8] = [], buffer: UInt32 = 0, bits = 0
    for symbol in text.utf8 {
        guard let value = table[symbol] else { continue }
        buffer = buffer << 6 | value; bits += 6
        if bits >= 8 { bits -= 8; out.append(UInt8((buffer >> UInt32(bits)) & 0xFF)) }
    }
    return out
}
