/// `zip`, `stride`, `linspace`, `String(describing:)`-like helpers, `type(of:)`.
enum CollectionFunctions {
    static var all: [Builtin] { [
        Builtin("zip", [.positional("sequence1", "Sequence"), .positional("sequence2", "Sequence")], returns: "[(A, B)]",
                doc: "Pairs of elements of two sequences, as long as the shorter.") { args throws(ScriptError) in
            let (a, b) = try zipOperands(args[0], args[1])
            return .array(zip(a, b).map { .tuple(TupleValue(elements: [$0, $1])) })
        },
        Builtin("stride", [.labeled("from", "Number"), .labeled("to", "Number"), .labeled("by", "Number")], returns: "[Number]",
                doc: "from, from + by, … up to but not including to.") { args throws(ScriptError) in
            try strideValues(args, through: false)
        },
        Builtin("stride", [.labeled("from", "Number"), .labeled("through", "Number"), .labeled("by", "Number")], returns: "[Number]",
                doc: "from, from + by, … up to and including through.") { args throws(ScriptError) in
            try strideValues(args, through: true)
        },
        Builtin("linspace", [.positional("from", "Double"), .positional("to", "Double"), .labeled("count", "Int")], returns: "[Double]",
                doc: "count evenly spaced numbers from `from` to `to` inclusive.") { args throws(ScriptError) in
            let low = try args.double(0), high = try args.double(1), count = try args.int(2)
            try Limits.checkAllocation(count)
            guard count > 1 else { return .array(count == 1 ? [.double(low)] : []) }
            let step = (high - low) / Double(count - 1)
            return .array((0..<count).map { .double($0 == count - 1 ? high : low + step * Double($0)) })
        },
        Builtin("type", [.labeled("of", "Any")], returns: "Any.Type", doc: "The type name of a value.") { args throws(ScriptError) in
            .string(try args[0].runtimeTypeName())
        },
    ] }

    /// The elements `zip` pairs: a one-sided range (`zip(names, 1...)`) counts up as far as the other sequence goes.
    static func zipOperands(_ first: Value, _ second: Value) throws(ScriptError) -> ([Value], [Value]) {
        switch (openRangeStart(first), openRangeStart(second)) {
        case (nil, nil): return (try Sequences.elements(of: first, span: nil), try Sequences.elements(of: second, span: nil))
        case (let start?, nil):
            let b = try Sequences.elements(of: second, span: nil)
            return (try countingUp(from: start, count: b.count), b)
        case (nil, let start?):
            let a = try Sequences.elements(of: first, span: nil)
            return (a, try countingUp(from: start, count: a.count))
        case (_?, _?): throw ScriptError(kind: .runtime, message: "zip of two one-sided ranges never ends", span: nil)
        }
    }

    /// The lower bound of a one-sided range `n...`.
    private static func openRangeStart(_ value: Value) -> Int? {
        guard case .range(let range) = value, case .int(Parser.openUpperBound) = range.upper, case .int(let low) = range.lower else { return nil }
        return low
    }

    private static func countingUp(from start: Int, count: Int) throws(ScriptError) -> [Value] {
        guard count == 0 || start <= Int.max - (count - 1) else {
            throw ScriptError(kind: .runtime, message: Message.overflow, span: nil)
        }
        return (0..<count).map { .int(start + $0) }
    }

    static func strideValues(_ args: Arguments, through: Bool) throws(ScriptError) -> Value {
        if case .int(let from) = args[0], case .int(let to) = args[1], case .int(let by) = args[2] {
            guard by != 0 else { throw ScriptError(kind: .runtime, message: "stride step must not be zero") }
            try Limits.checkAllocation(max(0, strideCount(from: from, to: to, by: by, through: through) ?? Int.max))
            return .array((through ? Array(stride(from: from, through: to, by: by)) : Array(stride(from: from, to: to, by: by))).map(Value.int))
        }
        let from = try args.double(0), to = try args.double(1), by = try args.double(2)
        guard by != 0, by.isFinite else { throw ScriptError(kind: .runtime, message: "stride step must not be zero") }
        try Limits.checkAllocation(Int(min(1e12, max(0, ((to - from) / by).rounded(.down) + 1))))
        let values = through ? Array(stride(from: from, through: to, by: by)) : Array(stride(from: from, to: to, by: by))
        return .array(values.map(Value.double))
    }

    /// How many values an Int stride has (`by` is not 0); nil when the count does not fit an Int.
    static func strideCount(from: Int, to: Int, by: Int, through: Bool) -> Int? {
        if by > 0 ? to < from : to > from { return 0 }
        let distance = by > 0 ? UInt(bitPattern: to &- from) : UInt(bitPattern: from &- to)
        let steps = distance / by.magnitude
        let (count, overflow) = steps.addingReportingOverflow(distance % by.magnitude == 0 && !through ? 0 : 1)
        return overflow || count > UInt(Int.max) ? nil : Int(count)
    }
}
