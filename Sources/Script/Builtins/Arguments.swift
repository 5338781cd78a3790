/// The evaluated arguments of one builtin call, matched to the chosen overload's parameters.
/// The readers (`int(_:)`, `doubles(_:)`, …) throw a TypeError naming the parameter on mismatch.
public struct Arguments {
    /// One value per parameter, in parameter order; a variadic parameter gets an array.
    public var values: [Value]
    public let parameters: [Parameter]
    /// The call's span (errors thrown by the builtin point here).
    public let span: SourceSpan?
    /// The interpreter running the call: call back closures, poll interrupts, write output.
    public unowned(unsafe) let interpreter: Interpreter

    public subscript(index: Int) -> Value {
        get { index < values.count ? values[index] : .void }
        set { if index < values.count { values[index] = newValue } }
    }

    /// The value of the parameter named (or labelled) `name`.
    public func value(_ name: String) -> Value? {
        parameters.firstIndex { $0.name == name || $0.label == name }.map { values[$0] }
    }

    /// The TypeError for an argument of the wrong type (lets a later overload with the same labels try).
    public func mismatch(_ index: Int, _ expected: String) -> ScriptError {
        let name = index < parameters.count ? parameters[index].name : "#\(index)"
        return ScriptError.argumentMismatch(self[index], expected: expected, parameter: name)
    }

    public func int(_ index: Int) throws(ScriptError) -> Int {
        switch self[index] {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 9.0e18: return Int(value)
        default: throw mismatch(index, "Int")
        }
    }

    public func double(_ index: Int) throws(ScriptError) -> Double {
        guard let value = self[index].asDouble else { throw mismatch(index, "Double") }
        return value
    }

    public func bool(_ index: Int) throws(ScriptError) -> Bool {
        guard case .bool(let value) = self[index] else { throw mismatch(index, "Bool") }
        return value
    }

    public func string(_ index: Int) throws(ScriptError) -> String {
        switch self[index] {
        case .string(let value): return value
        case .character(let value): return String(value)
        default: throw mismatch(index, "String")
        }
    }

    /// A symbol argument such as `.auto` → "auto".
    public func symbol(_ index: Int) throws(ScriptError) -> String {
        guard case .symbol(let value) = self[index] else { throw mismatch(index, "enum case") }
        return value
    }

    public func doubles(_ index: Int) throws(ScriptError) -> [Double] {
        guard let result = Conversions.doubles(self[index]) else { throw mismatch(index, "[Double]") }
        return result
    }

    public func ints(_ index: Int) throws(ScriptError) -> [Int] {
        guard let items = self[index].arrayElements else { throw mismatch(index, "[Int]") }
        var result: [Int] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case .int(let value) = item else { throw mismatch(index, "[Int]") }
            result.append(value)
        }
        return result
    }

    public func doubleMatrix(_ index: Int) throws(ScriptError) -> [[Double]] {
        guard let rows = self[index].arrayElements else { throw mismatch(index, "[[Double]]") }
        var result: [[Double]] = []
        for row in rows {
            guard let values = Conversions.doubles(row) else { throw mismatch(index, "[[Double]]") }
            result.append(values)
            try interpreter.checkInterrupt()  // a matrix of millions of values takes a while
        }
        return result
    }

    public func strings(_ index: Int) throws(ScriptError) -> [String] {
        guard let items = self[index].arrayElements else { throw mismatch(index, "[String]") }
        var result: [String] = []
        for item in items {
            guard case .string(let value) = item else { throw mismatch(index, "[String]") }
            result.append(value)
        }
        return result
    }

    /// `[String: [Double]]`, in insertion order.
    public func seriesDictionary(_ index: Int) throws(ScriptError) -> [(String, [Double])] {
        guard case .dictionary(let dict) = self[index] else { throw mismatch(index, "[String: [Double]]") }
        var result: [(String, [Double])] = []
        for (key, value) in dict.pairs {
            guard case .string(let name) = key, let values = Conversions.doubles(value) else {
                throw mismatch(index, "[String: [Double]]")
            }
            result.append((name, values))
        }
        return result
    }

    /// A native object of type `T`.
    public func native<T: NativeObject>(_ index: Int, as type: T.Type, named: String) throws(ScriptError) -> T {
        guard case .native(let object) = self[index], let typed = object as? T else { throw mismatch(index, named) }
        return typed
    }
}

/// Value ⇄ Swift conversions shared by builtins.
enum Conversions {
    static func doubles(_ value: Value) -> [Double]? {
        guard let items = value.arrayElements else { return nil }
        var result: [Double] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let number = item.asDouble else { return nil }
            result.append(number)
        }
        return result
    }
}
