/// Members of `Int` and `Double` values.
enum NumberMethods {
    static func number(_ receiver: Value) -> Double { receiver.asDouble ?? 0 }

    static var double: [String: [Method]] { methodTable([
        Method("squareRoot", returns: "Double", doc: "The square root.") { receiver, _ throws(ScriptError) in
            .double(number(receiver).squareRoot())
        },
        Method("rounded", returns: "Double", doc: "Rounded to the nearest integer, halves away from zero.") { receiver, _ throws(ScriptError) in
            .double(number(receiver).rounded())
        },
        Method("rounded", [.positional("rule", "FloatingPointRoundingRule")], returns: "Double",
               doc: "Rounded by the rule: .down, .up, .towardZero, .awayFromZero, .toNearestOrEven, .toNearestOrAwayFromZero.") { receiver, args throws(ScriptError) in
            guard let rule = roundingRules[try args.symbol(0)] else { throw args.mismatch(0, "FloatingPointRoundingRule") }
            return .double(number(receiver).rounded(rule))
        },
        Method("truncatingRemainder", [.labeled("dividingBy", "Double")], returns: "Double", doc: "The remainder of truncating division.") { receiver, args throws(ScriptError) in
            .double(number(receiver).truncatingRemainder(dividingBy: try args.double(0)))
        },
    ]) }

    static let roundingRules: [String: FloatingPointRoundingRule] = [
        "down": .down, "up": .up, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
        "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
    ]

    static var int: [String: [Method]] { methodTable(integerArithmetic + [
        Method("isMultiple", [.labeled("of", "Int")], returns: "Bool", doc: "Whether the value is a multiple of the other.") { receiver, args throws(ScriptError) in
            guard case .int(let value) = receiver else { return .bool(false) }
            return .bool(value.isMultiple(of: try args.int(0)))
        },
    ]) }
}
