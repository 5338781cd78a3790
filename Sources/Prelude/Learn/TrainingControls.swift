import Learn
import Script

/// The training-control arguments of `fit` (LANGUAGE.md 8a): `metrics: [.accuracy, .precision,
/// .recall, .f1, .auc]`, `callbacks: [EarlyStopping(monitor:patience:restoreBestWeights:)]`,
/// `learningRate: 0.01 | .constant(…) | .stepDecay(initial:factor:every:) | .cosine(initial:minimum:)`.
enum TrainingControls {
    /// `EarlyStopping(monitor: .validationLoss, patience: 5, restoreBestWeights: true)`.
    static var namespace: TypeNamespace {
        let initializer = Builtin("EarlyStopping", [
            Parameter("monitor", type: "Figure", default: .init(".validationLoss") { .symbol("validationLoss") }),
            Parameter("patience", type: "Int", default: .init("0") { .int(0) }),
            Parameter("restoreBestWeights", type: "Bool", default: .init("false") { .bool(false) }),
        ], returns: "EarlyStopping",
        doc: "Stops fit when the monitored figure has not improved for `patience` epochs (Keras's EarlyStopping).") {
            arguments throws(ScriptError) in
            let monitor = try arguments.symbol(0)
            let (patience, restore) = (try arguments.int(1), try arguments.bool(2))
            return .native(EarlyStoppingValue(try LearnBridge.run {
                try EarlyStopping(monitor: monitor, patience: patience, restoreBestWeights: restore)
            }))
        }
        return TypeNamespace(name: "EarlyStopping", doc: "A fit callback that stops training early.", initializers: [initializer])
    }

    /// The `metrics:` argument.
    static func metrics(_ value: Value) throws(ScriptError) -> [Metric] {
        let names = Metric.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
        guard case .array(let items) = value else {
            throw ScriptError(kind: .type, message: "'metrics' must be an array such as [.accuracy, .f1]")
        }
        var metrics: [Metric] = []
        for item in items {
            guard case .symbol(let name) = item, let metric = Metric(rawValue: name) else {
                let shown = if case .symbol(let name) = item { "." + name } else { item.typeName }
                throw ScriptError(kind: .type, message: "'metrics' must hold \(names), got '\(shown)'")
            }
            if !metrics.contains(metric) { metrics.append(metric) }
        }
        return metrics
    }

    /// The `callbacks:` argument (at most one EarlyStopping).
    static func earlyStopping(_ value: Value) throws(ScriptError) -> EarlyStopping? {
        guard case .array(let items) = value else {
            throw ScriptError(kind: .type, message: "'callbacks' must be an array such as [EarlyStopping(patience: 5)]")
        }
        var found: EarlyStopping?
        for item in items {
            guard case .native(let callback as EarlyStoppingValue) = item else {
                throw ScriptError(kind: .type, message: "'callbacks' must hold EarlyStopping values, got '\(item.typeName)'")
            }
            guard found == nil else { throw ScriptError(kind: .runtime, message: "'callbacks' may hold one EarlyStopping") }
            found = callback.rule
        }
        return found
    }

    /// The `learningRate:` argument: a number or a schedule.
    static func schedule(_ value: Value) throws(ScriptError) -> LearningRateSchedule? {
        guard let value = LearnBridge.optional(value) else { return nil }
        if let rate = LearnBridge.number(value) { return .constant(rate) }
        let usage = "'learningRate' must be a number, .constant(0.01), .stepDecay(initial:factor:every:) or .cosine(initial:minimum:)"
        guard case .native(let call as SymbolCall) = value else { throw ScriptError(kind: .type, message: usage) }
        func number(_ label: String?, at index: Int) throws(ScriptError) -> Double {
            guard index < call.values.count, call.labels[index] == label, let number = LearnBridge.number(call.values[index]) else {
                throw ScriptError(kind: .type, message: usage + ", got '\(call.description)'")
            }
            return number
        }
        func count(_ expected: Int) throws(ScriptError) {
            guard call.values.count == expected else { throw ScriptError(kind: .type, message: usage + ", got '\(call.description)'") }
        }
        switch call.name {
        case "constant":
            try count(1)
            return .constant(try number(nil, at: 0))
        case "stepDecay":
            try count(3)
            let every = try number("every", at: 2)
            guard every == every.rounded(), abs(every) < 1e9 else { throw ScriptError(kind: .type, message: "'every' must be an Int") }
            return .stepDecay(initial: try number("initial", at: 0), factor: try number("factor", at: 1), every: Int(every))
        case "cosine":
            try count(2)
            return .cosine(initial: try number("initial", at: 0), minimum: try number("minimum", at: 1))
        default:
            throw ScriptError(kind: .type, message: usage + ", got '\(call.description)'")
        }
    }
}

/// An `EarlyStopping` as a cell value.
final class EarlyStoppingValue: NativeObject {
    let rule: EarlyStopping
    init(_ rule: EarlyStopping) { self.rule = rule }
    var typeName: String { "EarlyStopping" }
    var description: String {
        "EarlyStopping(monitor: .\(rule.monitor), patience: \(rule.patience), restoreBestWeights: \(rule.restoreBestWeights))"
    }
}
