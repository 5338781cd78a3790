/// Every user-facing message of the interpreter, in one place (Swift's wording where Swift has one).
enum Message {
    static func cannotFind(_ name: String) -> String { "cannot find '\(name)' in scope" }
    static func cannotFindType(_ name: String) -> String { "cannot find type '\(name)' in scope" }
    static func didYouMean(_ message: String, _ suggestion: String?) -> String {
        guard let suggestion else { return message }
        return message + "; did you mean '\(suggestion)'?"
    }
    static func noMember(_ type: String, _ name: String) -> String { "value of type '\(type)' has no member '\(name)'" }
    static func noStaticMember(_ type: String, _ name: String) -> String { "type '\(type)' has no member '\(name)'" }
    static func assignToLet(_ name: String) -> String { "cannot assign to value: '\(name)' is a 'let' constant" }
    static func initializedTwice(_ name: String) -> String { "immutable value '\(name)' may only be initialized once" }
    static func assignToGetOnly(_ name: String) -> String { "cannot assign to value: '\(name)' is a get-only property" }
    static func assignThroughSubscript(toLet name: String) -> String { "cannot assign through subscript: '\(name)' is a 'let' constant" }
    static let getOnlySubscript = "cannot assign through subscript: subscript is get-only"
    static func redeclaration(_ name: String) -> String { "invalid redeclaration of '\(name)'" }
    static func unsupported(_ keyword: String) -> String { "'\(keyword)' is not supported in Loupe cells" }
    static func noSuchModule(_ name: String) -> String { "no such module '\(name)'" }
    static let overflow = "arithmetic overflow"
    static let divisionByZero = "division by zero"
    static let unwrapNil = "unexpectedly found nil while unwrapping an Optional value"
    static func stackOverflow(_ limit: Int) -> String { "stack overflow (recursion deeper than \(limit) calls)" }
    static let interrupted = "interrupted"
    static func stringTooLong(_ bytes: Int, limit: Int) -> String {
        "a string of \(bytes) bytes is too long (the limit is \(limit) bytes)"
    }
    static func missingLabel(_ label: String) -> String { "missing argument label '\(label):' in call" }
    static func extraneousLabel(_ label: String) -> String { "extraneous argument label '\(label):' in call" }
    static func incorrectLabel(have: String, expected: String) -> String {
        "incorrect argument label in call (have '\(have)', expected '\(expected)')"
    }
    static func missingArgument(_ name: String) -> String { "missing argument for parameter '\(name)' in call" }
    static let extraArgument = "extra argument in call"
    static func extraArguments(_ count: Int) -> String { count == 1 ? extraArgument : "extra arguments in call" }
    static func convert(_ from: String, to: String) -> String {
        "cannot convert value of type '\(from)' to specified type '\(to)'"
    }
    static func argumentType(_ from: String, to: String, name: String) -> String {
        "cannot convert value of type '\(from)' to expected argument type '\(to)' (argument '\(name)')"
    }
    static func binary(_ op: String, _ lhs: String, _ rhs: String) -> String {
        "binary operator '\(op)' cannot be applied to operands of type '\(lhs)' and '\(rhs)'"
    }
    static func unary(_ op: String, _ type: String) -> String {
        "unary operator '\(op)' cannot be applied to an operand of type '\(type)'"
    }
    static func notCallable(_ type: String) -> String { "cannot call value of non-function type '\(type)'" }
    static func notSubscriptable(_ type: String) -> String { "value of type '\(type)' has no subscripts" }
    static func indexOutOfRange(_ index: Int, _ count: Int) -> String { "index \(index) out of range (count \(count))" }
    static func rangeOutOfBounds(_ range: String, _ count: Int) -> String { "range \(range) out of bounds (count \(count))" }
    static func sliceIndexOutOfRange(_ index: Int, _ start: Int, _ end: Int) -> String {
        "index \(index) out of range of an array slice with indices \(start)..<\(end) (a slice keeps its parent's indices; Array(slice) counts from 0)"
    }
    static func sliceRangeOutOfBounds(_ range: String, _ start: Int, _ end: Int) -> String {
        "range \(range) out of bounds of an array slice with indices \(start)..<\(end)"
    }
    static func condition(_ type: String) -> String { "type '\(type)' cannot be used as a boolean; test for '!= nil' instead" }
    static func notSequence(_ type: String) -> String { "for-in loop requires '\(type)' to be a sequence" }
    static func notIterator(_ type: String) -> String {
        "'\(type)' conforms to Sequence but has neither makeIterator() nor a mutating next()"
    }
    static func endlessSequence(_ type: String, _ limit: Int) -> String {
        "'\(type)' gave more than \(limit) elements; take a prefix(_:) of an endless sequence, or loop over it with break"
    }
    /// Swift's error for an integer literal stored where it does not fit (`x = 300` on a UInt8).
    static func literalOverflow(_ literal: String, into type: String) -> String {
        "integer literal '\(literal)' overflows when stored into '\(type)'"
    }
    static func allocation(_ count: Int) -> String { "allocation of \(count) elements refused (limit 100000000)" }
    static let badRange = "range requires lowerBound <= upperBound"
    static let emptyCollection = "cannot do this on an empty collection"
    static func aliasCycle(_ name: String) -> String { "type alias '\(name)' references itself" }
    static let stringIndexOutOfBounds = "String index is out of bounds"
    static func noOverload(_ name: String) -> String { "no exact matches in call to global function '\(name)'" }
    static func notHashable(_ type: String) -> String { "type '\(type)' does not conform to protocol 'Hashable'" }
    static func tupleArity(_ want: Int, _ have: Int) -> String {
        "cannot destructure a tuple of \(have) elements into \(want) names"
    }
    static let breakOutside = "'break' is only allowed inside a loop or switch"
    static let continueOutside = "'continue' is only allowed inside a loop"
    static let fallthroughOutside = "'fallthrough' is only allowed inside a switch"
    static func unknownLabel(_ name: String) -> String { "cannot find label '\(name)' in scope" }
    static func continueNotLoop(_ name: String) -> String { "'continue' label '\(name)' does not name a loop" }
    static func labelReused(_ name: String) -> String { "label '\(name)' cannot be reused on an inner statement" }
    static let returnOutside = "return invalid outside of a func"
    static let guardFallthrough = "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope"
    static func switchExhaustive() -> String { "switch must be exhaustive; no case matched" }
    static func overlappingAccess(_ name: String) -> String {
        "overlapping accesses to '\(name)', but modification requires exclusive access; consider copying to a local variable"
    }
    static let inoutNotLValue = "cannot pass immutable value as inout argument"
    static func immutableInout(_ name: String) -> String {
        "cannot pass immutable value as inout argument: '\(name)' is a 'let' constant"
    }
    static func nestingTooDeep(_ limit: Int) -> String { "expression nested too deeply (more than \(limit) levels)" }
    static let stringTooLong = "string too long (limit 100000000 characters)"
    // Declared types and errors.
    static let uncaughtError = "uncaught error"
    static let switchMustBeExhaustive = "switch must be exhaustive"
    static func notAnError(_ type: String) -> String { "thrown expression type '\(type)' does not conform to 'Error'" }
    static func tryForceFailed(_ error: String) -> String { "'try!' expression unexpectedly raised an error: \(error)" }
    static func doesNotConform(_ type: String, _ proto: String) -> String { "type '\(type)' does not conform to protocol '\(proto)'" }
    static func assignToLetProperty(_ name: String) -> String { "cannot assign to property: '\(name)' is a 'let' constant" }
    static func getOnlyProperty(_ name: String) -> String { "cannot assign to property: '\(name)' is a get-only property" }
    static func mutatingOnImmutable(_ reason: String) -> String { "cannot use mutating member on immutable value: \(reason)" }
    static func castFailed(_ from: String, _ to: String) -> String { "could not cast value of type '\(from)' to '\(to)'" }
    static func requiresConformance(_ function: String, _ type: String, _ proto: String) -> String {
        "global function '\(function)' requires that '\(type)' conform to '\(proto)'"
    }
}
