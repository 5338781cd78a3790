#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `abs min max pow sqrt exp log … round` on numbers (section 6). Natives (tensors) get elementwise versions
/// from the Prelude, which registers more overloads.
enum MathFunctions {
    /// `name(x)` on a Double (an Int converts), and on a Float through the C library's float function, as Swift's
    /// Float overloads do.
    static func unary(_ name: String, _ doc: String, _ function: @escaping (Double) -> Double,
                      float: @escaping (Float) -> Float) -> Builtin {
        let apply = { (value: Value) throws(ScriptError) -> Value in
            if case .native(let object as FloatValue) = value { return .native(FloatValue(float(object.value))) }
            guard let x = value.asDouble else { throw ScriptError.argumentMismatch(value, expected: "Double", parameter: "x") }
            return .double(function(x))
        }
        var builtin = Builtin(name, [.positional("x", "Double")], returns: "Double", doc: doc) { args throws(ScriptError) in
            try apply(args[0])
        }
        builtin.unary = apply
        return builtin
    }

    static var all: [Builtin] { [
        unary("sqrt", "The square root.", { $0.squareRoot() }, float: { $0.squareRoot() }),
        unary("exp", "e raised to the power x.", { Glibc.exp($0) }, float: { Glibc.expf($0) }),
        unary("log", "The natural logarithm.", { Glibc.log($0) }, float: { Glibc.logf($0) }),
        unary("log2", "The base-2 logarithm.", { Glibc.log2($0) }, float: { Glibc.log2f($0) }),
        unary("log10", "The base-10 logarithm.", { Glibc.log10($0) }, float: { Glibc.log10f($0) }),
        unary("sin", "The sine (radians).", { Glibc.sin($0) }, float: { Glibc.sinf($0) }),
        unary("cos", "The cosine (radians).", { Glibc.cos($0) }, float: { Glibc.cosf($0) }),
        unary("tan", "The tangent (radians).", { Glibc.tan($0) }, float: { Glibc.tanf($0) }),
        unary("asin", "The arc sine.", { Glibc.asin($0) }, float: { Glibc.asinf($0) }),
        unary("acos", "The arc cosine.", { Glibc.acos($0) }, float: { Glibc.acosf($0) }),
        unary("atan", "The arc tangent.", { Glibc.atan($0) }, float: { Glibc.atanf($0) }),
        unary("floor", "The largest integer value not greater than x.", { $0.rounded(.down) }, float: { $0.rounded(.down) }),
        unary("ceil", "The smallest integer value not less than x.", { $0.rounded(.up) }, float: { $0.rounded(.up) }),
        unary("round", "x rounded to the nearest integer, halves away from zero.", { $0.rounded() }, float: { $0.rounded() }),
        Builtin("atan2", [.positional("y", "Double"), .positional("x", "Double")], returns: "Double",
                doc: "The angle of the point (x, y) in radians.") { args throws(ScriptError) in
            .double(Glibc.atan2(try args.double(0), try args.double(1)))
        },
        Builtin("pow", [.positional("x", "Double"), .positional("y", "Double")], returns: "Double",
                doc: "x raised to the power y.") { args throws(ScriptError) in
            if case .native(let object as FloatValue) = args[0] {
                guard let y = FloatValue.number(args[1]) else { throw args.mismatch(1, "Float") }
                return .native(FloatValue(Glibc.powf(object.value, y)))
            }
            return .double(Glibc.pow(try args.double(0), try args.double(1)))
        },
        Builtin("abs", [.positional("x", "Number")], returns: "Number", doc: "The absolute value.") { args throws(ScriptError) in
            switch args[0] {
            case .int(let x):
                guard x != Int.min else { throw ScriptError(kind: .runtime, message: Message.overflow) }
                return .int(Swift.abs(x))
            case .double(let x): return .double(Swift.abs(x))
            case .native(let object as FloatValue): return .native(FloatValue(Swift.abs(object.value)))
            case .native(let object as IntegerValue):
                guard object.value >= 0 else { return try object.unaryOperator("-") ?? args[0] }
                return args[0]
            default: throw args.mismatch(0, "Double")
            }
        },
        Builtin("min", [.positional("x", "T"), Parameter(nil, "rest", type: "T", variadic: true)], returns: "T",
                doc: "The smallest of the arguments.") { args throws(ScriptError) in
            try extreme(args, pickLess: true)
        },
        Builtin("max", [.positional("x", "T"), Parameter(nil, "rest", type: "T", variadic: true)], returns: "T",
                doc: "The largest of the arguments.") { args throws(ScriptError) in
            try extreme(args, pickLess: false)
        },
    ] }

    /// `max(3, 2.5)` is `3.0` and `min(1.0, .infinity)` is `1.0`: Swift gives every argument the one type, so an
    /// Int literal beside a Double is a Double and an implicit member is the numbers' static property.
    static func extreme(_ args: Arguments, pickLess: Bool) throws(ScriptError) -> Value {
        guard case .array(let rest) = args[1] else { return args[0] }
        var items = rest
        items.insert(args[0], at: 0)
        unifyNumbers(&items)
        var best = items[0]
        for item in items.dropFirst() {
            let better = pickLess ? try Sorting.natural(item, best) : try Sorting.natural(best, item)
            if better { best = item }
        }
        return best
    }

    /// Int literals beside a Double become Doubles; `.pi` beside a number becomes that number type's property.
    private static func unifyNumbers(_ items: inout [Value]) {
        var hasDouble = false, hasInt = false, hasSymbol = false
        for item in items {
            switch item {
            case .double: hasDouble = true
            case .int: hasInt = true
            case .symbol: hasSymbol = true
            default: break
            }
        }
        guard hasDouble ? (hasInt || hasSymbol) : (hasInt && hasSymbol) else { return }
        let like: Value = hasDouble ? .double(0) : .int(0)
        for index in items.indices {
            switch items[index] {
            case .int(let x) where hasDouble: items[index] = .double(Double(x))
            case .symbol(let name): items[index] = ImplicitNumberMembers.value(name, like: like) ?? items[index]
            default: break
            }
        }
    }
}
