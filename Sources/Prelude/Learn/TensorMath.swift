import Learn
import Script

/// `matmul(a, b)` and the section 6 math functions applied elementwise to a Tensor:
/// `abs pow sqrt exp log log2 log10 sin cos tan floor ceil round` (the Double versions are Script's).
enum TensorMath {
    static var elementwise: [(String, (Tensor) -> Tensor)] {
        [("abs", { abs($0) }), ("sqrt", { sqrt($0) }), ("exp", { exp($0) }), ("log", { log($0) }), ("log2", { log2($0) }),
         ("log10", { log10($0) }), ("sin", { sin($0) }), ("cos", { cos($0) }), ("tan", { tan($0) }),
         ("floor", { floor($0) }), ("ceil", { ceil($0) }), ("round", { round($0) })]
    }

    static var all: [Builtin] {
        var builtins = elementwise.map { name, function in
            Builtin(name, [Parameter(nil, "x", type: "Tensor")], returns: "Tensor", doc: "\(name), elementwise.") {
                arguments throws(ScriptError) in
                LearnBridge.value(function(try LearnBridge.tensor(arguments[0], name: "x")))
            }
        }
        builtins.append(Builtin("pow", [Parameter(nil, "x", type: "Tensor"), Parameter(nil, "exponent", type: "Double")],
                                returns: "Tensor", doc: "x raised to the power exponent, elementwise.") {
            arguments throws(ScriptError) in
            LearnBridge.value(pow(try LearnBridge.tensor(arguments[0], name: "x"), try arguments.double(1)))
        })
        builtins.append(Builtin("matmul", [Parameter(nil, "a", type: "Tensor"), Parameter(nil, "b", type: "Tensor")],
                                returns: "Tensor", doc: "The matrix product of a [m, k] and b [k, n] (also a • b).") {
            arguments throws(ScriptError) in
            let (a, b) = (try LearnBridge.tensor(arguments[0], name: "a"), try LearnBridge.tensor(arguments[1], name: "b"))
            return LearnBridge.value(try LearnBridge.run { try matmul(a, b) })
        })
        return builtins
    }
}
