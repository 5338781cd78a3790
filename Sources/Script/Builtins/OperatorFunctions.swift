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
