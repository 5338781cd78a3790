import Learn
import Script

/// `model.fit(data, epochs:batchSize:optimizer:validation:)` → History, with the live progress
/// bar and loss chart; interrupting keeps the weights reached and returns the history so far,
/// with a note on stdout saying so.
enum FitMethod {
    static func builtin(for object: ModelValue) -> Builtin {
        let parameters = [
            Parameter(nil, "data", type: "Dataset"),
            Parameter("epochs", type: "Int", default: .init("10") { .int(10) }),
            Parameter("batchSize", type: "Int", default: .init("32") { .int(32) }),
            Parameter("optimizer", type: "Optimizer?", default: .nilValue),
            Parameter("validation", type: "Dataset?", default: .nilValue),
            Parameter("loss", type: "Loss?", default: .nilValue),
        ]
        return Builtin("fit", parameters, returns: "History",
                       doc: "Trains the model in shuffled mini-batches (default optimizer Adam, learning rate 0.01).") {
            arguments throws(ScriptError) in
            let data = try arguments.native(0, as: DatasetValue.self, named: "Dataset").dataset
            let (epochs, batchSize) = (try arguments.int(1), try arguments.int(2))
            let optimizer = try chosenOptimizer(arguments, model: object.model)
            var validation: Dataset?
            if LearnBridge.optional(arguments[4]) != nil {
                validation = try arguments.native(4, as: DatasetValue.self, named: "Dataset?").dataset
            }
            let loss = try LossFunctions.kind(arguments, 5)
            return try train(object, data: data, epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                             validation: validation, loss: loss)
        }
    }

    private static func chosenOptimizer(_ arguments: Arguments, model: Sequential) throws(ScriptError) -> any Optimizer {
        guard LearnBridge.optional(arguments[3]) != nil else {
            return try LearnBridge.run { try Adam(for: model, learningRate: 0.01) }
        }
        return try arguments.native(3, as: OptimizerValue.self, named: "Optimizer").optimizer
    }

    private static func train(_ object: ModelValue, data: Dataset, epochs: Int, batchSize: Int,
                              optimizer: any Optimizer, validation: Dataset?, loss: LossKind?) throws(ScriptError) -> Value {
        let context = object.context
        let interpreter = context.interpreter
        let live = LiveTraining(context: context)
        defer { live.finish() }
        var interrupted = false
        var model = object.model
        defer { object.model = model }
        let history = try LearnBridge.seeded(interpreter) {
            try model.fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, validation: validation,
                          loss: loss, progress: live.report, shouldStop: {
                do { try interpreter.checkInterrupt() } catch { interrupted = true }
                return interrupted
            })
        }
        if interrupted {
            interpreter.write("fit interrupted after \(history.epochs) of \(epochs) epochs; the model keeps the weights reached\n")
        }
        return .native(HistoryValue(history, context: context))
    }
}
