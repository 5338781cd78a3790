/// Reproducible randomness (section 6): `seed`, `randn`, `rand`, `normal`; `Double.random`/`Int.random` live
/// on the scalar types.
enum RandomFunctions {
    static var all: [Builtin] { [
        Builtin("seed", [.positional("value", "Int")], doc: "Resets the global random generator (xoshiro256**).") { args throws(ScriptError) in
            args.interpreter.random.seed(UInt64(bitPattern: Int64(try args.int(0))))
            return .void
        },
        Builtin("randn", [.positional("count", "Int")], returns: "[Double]", doc: "count samples of the standard normal distribution.") { args throws(ScriptError) in
            let count = try args.int(0)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(random.nextNormal()) })
        },
        Builtin("rand", [.positional("count", "Int")], returns: "[Double]", doc: "count samples uniform in 0..<1.") { args throws(ScriptError) in
            let count = try args.int(0)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(random.nextDouble()) })
        },
        Builtin("normal", [.labeled("count", "Int"), Parameter("mean", type: "Double", default: .constant("0", .double(0))),
                           Parameter("std", type: "Double", default: .constant("1", .double(1)))],
                returns: "[Double]", doc: "count samples of a normal distribution.") { args throws(ScriptError) in
            let count = try args.int(0), mean = try args.double(1), std = try args.double(2)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(mean + std * random.nextNormal()) })
        },
    ] }

    /// A uniform sample from a range value (`0..<1`, `1...6`).
    static func sample(_ range: Value, _ random: RandomSource, integer: Bool) throws(ScriptError) -> Value {
        guard case .range(let bounds) = range else {
            throw ScriptError(kind: .type, message: "random(in:) needs a range, not '\(range.typeName)'")
        }
        if integer {
            guard case .int(let low) = bounds.lower, case .int(var high) = bounds.upper else {
                throw ScriptError(kind: .type, message: "Int.random(in:) needs an Int range")
            }
            if !bounds.isClosed { high -= 1 }
            guard low <= high else { throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range") }
            let width = UInt64(bitPattern: Int64(high &- low)) &+ 1
            let offset = width == 0 ? random.next() : random.nextInt(below: width)
            return .int(low &+ Int(truncatingIfNeeded: offset))
        }
        guard let low = bounds.lower.asDouble, let high = bounds.upper.asDouble, low <= high else {
            throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range")
        }
        if !bounds.isClosed && low == high { throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range") }
        return .double(low + (high - low) * random.nextDouble())
    }
}
