/// Operators as function values: `reduce(0, +)`, `sorted(by: <)`.
enum OperatorFunctions {
    static var all: [Builtin] {
        ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="].map { op in
            Builtin(op, [.positional("lhs"), .positional("rhs")], returns: "T", doc: "The operator \(op) as a function.") { args throws(ScriptError) in
                try Operators.binary(op, args[0], args[1])
            }
        }
    }
}
