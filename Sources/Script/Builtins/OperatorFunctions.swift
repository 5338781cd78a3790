/// Operators as function values: `reduce(0, +)`, `sorted(by: <)`.
enum OperatorFunctions {
    static var all: [Builtin] {
        ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="].map { op in
            let function = Operators.function(op)
            var builtin = Builtin(op, [.positional("lhs"), .positional("rhs")], returns: "T", doc: "The operator \(op) as a function.") { args throws(ScriptError) in
                try function(args[0], args[1])
            }
            builtin.binary = function
            return builtin
        }
    }
}

extension OperatorFunctions {
    /// Whether `function` is the `+` operator function and nothing else (no overloads added by the host).
    static func isPlus(_ function: Value) -> Bool {
        guard case .function(let wrapper) = function, case .builtin(let overloads) = wrapper.kind,
              overloads.count == 1 else { return false }
        return overloads[0].name == "+" && overloads[0].binary != nil
    }

    /// `a + b` with the Double and non-overflowing Int cases inline (the loop of `reduce(0, +)`); any other
    /// case goes through `plus`, the operator function itself.
    @inline(__always)
    static func sum(_ a: Value, _ b: Value, orElse plus: (Value, Value) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        if case .double(let x) = a, case .double(let y) = b { return .double(x + y) }
        if case .int(let x) = a, case .int(let y) = b {
            let (result, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(result) }
        }
        return try plus(a, b)
    }
}
