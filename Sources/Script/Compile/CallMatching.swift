/// What a parameter looks like to argument matching.
struct ParameterShape {
    var label: String?
    var name: String
    var hasDefault: Bool
    var isVariadic: Bool
    /// The parameter is declared with a function type: the place a trailing closure belongs when overloads differ
    /// (`firstIndex { … }` is `firstIndex(where:)`, not `firstIndex(of:)`).
    var takesClosure = false
}

/// Where a parameter's value comes from at a call site.
enum ArgumentSource: Equatable {
    case argument(Int)
    case defaultValue
    case variadic([Int])
}

/// Swift's argument-label rules: labels must match in order, defaulted parameters may be skipped,
/// a trailing closure fills the next parameter without a default. Errors name the expected label.
enum CallMatching {
    /// `closuresByType`: a trailing closure only fills a parameter declared with a function type.
    static func match(_ parameters: [ParameterShape], labels: [String?], trailing: [Bool],
                      closuresByType: Bool = false) -> Result<[ArgumentSource], ScriptError> {
        var sources: [ArgumentSource] = []
        var next = 0
        for (index, parameter) in parameters.enumerated() {
            if parameter.isVariadic {
                var taken: [Int] = []
                if next < labels.count, labels[next] == parameter.label {
                    taken.append(next); next += 1
                    while next < labels.count, labels[next] == nil, !trailing[next] { taken.append(next); next += 1 }
                }
                sources.append(.variadic(taken))
                continue
            }
            if next < labels.count, trailing[next] {
                if closuresByType, !parameter.takesClosure {
                    if parameter.hasDefault { sources.append(.defaultValue); continue }
                    return .failure(ScriptError(kind: .type, message: "trailing closure passed to a parameter that is not a function"))
                }
                let laterRequired = parameters[index...].contains { !$0.hasDefault && !$0.isVariadic }
                if parameter.hasDefault && laterRequired { sources.append(.defaultValue); continue }
                sources.append(.argument(next)); next += 1
                continue
            }
            if next < labels.count, labels[next] == parameter.label {
                sources.append(.argument(next)); next += 1
                continue
            }
            if parameter.hasDefault { sources.append(.defaultValue); continue }
            return .failure(mismatch(parameter, labels: labels, at: next))
        }
        if next < labels.count {
            if let label = labels[next] { return .failure(ScriptError(kind: .type, message: "extra argument '\(label)' in call")) }
            return .failure(ScriptError(kind: .type, message: Message.extraArguments(labels.count - next)))
        }
        return .success(sources)
    }

    static func mismatch(_ parameter: ParameterShape, labels: [String?], at index: Int) -> ScriptError {
        guard index < labels.count else {
            return ScriptError(kind: .type, message: Message.missingArgument(parameter.label ?? parameter.name))
        }
        switch (labels[index], parameter.label) {
        case (nil, let expected?): return ScriptError(kind: .type, message: Message.missingLabel(expected))
        case (let have?, nil): return ScriptError(kind: .type, message: Message.extraneousLabel(have))
        case (let have?, let expected?):
            return ScriptError(kind: .type, message: Message.incorrectLabel(have: have + ":", expected: expected + ":"))
        case (nil, nil): return ScriptError(kind: .type, message: Message.missingArgument(parameter.name))
        }
    }

    /// Every overload whose labels match, in registration order, with where its arguments come from.
    static func candidates(_ overloads: [[ParameterShape]], labels: [String?], trailing: [Bool]) -> Result<[(Int, [ArgumentSource])], ScriptError> {
        var found: [(Int, [ArgumentSource])] = []
        for closuresByType in closurePasses(overloads, trailing) where found.isEmpty {
            for (index, parameters) in overloads.enumerated() {
                if case .success(let sources) = match(parameters, labels: labels, trailing: trailing, closuresByType: closuresByType) {
                    found.append((index, sources))
                }
            }
        }
        if found.isEmpty, case .failure(let error) = choose(overloads, labels: labels, trailing: trailing) { return .failure(error) }
        return .success(found)
    }

    /// With a trailing closure and several overloads, a first pass where the closure must fill a function-typed
    /// parameter, then Swift's positional rule alone (a closure stored as an `Element`: `handlers.append { … }`).
    static func closurePasses(_ overloads: [[ParameterShape]], _ trailing: [Bool]) -> [Bool] {
        overloads.count > 1 && trailing.contains(true) ? [true, false] : [false]
    }

    /// Prefers the most telling error when no overload matches (a wrong label over a missing one).
    static func messageRank(_ message: String) -> Int {
        if message.hasPrefix("incorrect argument label") { return 0 }
        if message.hasPrefix("missing argument label") { return 1 }
        if message.hasPrefix("extraneous argument label") { return 2 }
        return 3
    }

    /// Picks the first overload whose labels match; the error of the closest one otherwise.
    static func choose(_ overloads: [[ParameterShape]], labels: [String?], trailing: [Bool]) -> Result<(Int, [ArgumentSource]), ScriptError> {
        if closurePasses(overloads, trailing).count == 2 {
            for (index, parameters) in overloads.enumerated() {
                if case .success(let sources) = match(parameters, labels: labels, trailing: trailing, closuresByType: true) {
                    return .success((index, sources))
                }
            }
        }
        var best: ScriptError?
        var bestRank = Int.max
        for (index, parameters) in overloads.enumerated() {
            switch match(parameters, labels: labels, trailing: trailing) {
            case .success(let sources): return .success((index, sources))
            case .failure(let error):
                let rank = (parameters.count == labels.count ? 0 : 10) + messageRank(error.message)
                if rank < bestRank { best = error; bestRank = rank }
            }
        }
        return .failure(best ?? ScriptError(kind: .type, message: "no overload matches the call"))
    }
}

extension Builtin {
    var shapes: [ParameterShape] {
        parameters.map { ParameterShape(label: $0.label, name: $0.name, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic,
                                        takesClosure: $0.type.contains("->")) }
    }
}

extension FunctionProto {
    var shapes: [ParameterShape] {
        labels.indices.map { index in
            ParameterShape(label: labels[index], name: parameterNames[index], hasDefault: defaults[index] != nil,
                           isVariadic: variadicParameter == index, takesClosure: parameterTypes[index] == "function")
        }
    }
}
