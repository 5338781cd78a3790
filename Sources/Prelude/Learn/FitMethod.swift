import Learn
import Script

/// `model.fit(data, epochs:batchSize:optimizer:validation:loss:metrics:callbacks:learningRate:
/// weightDecay:verbose:)` → History, with the live progress bar and loss chart (none with
/// `verbose: false`); interrupting keeps the weights reached and returns the history so far,
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
            Parameter("metrics", type: "[Metric]", default: .init("[]") { .array([]) }),
            Parameter("callbacks", type: "[EarlyStopping]", default: .init("[]") { .array([]) }),
            Parameter("learningRate", type: "LearningRateSchedule?", default: .nilValue),
            Parameter("weightDecay", type: "Double", default: .init("0") { .double(0) }),
            Parameter("verbose", type: "Bool", default: .init("true") { .bool(true) }),
        ]
        return Builtin("fit", parameters, returns: "History",
                       doc: "Trains the model in shuffled mini-batches (default optimizer Adam, learning rate 0.01).") {
            arguments throws(ScriptError) in
            let data = try arguments.native(0, as: DatasetValue.self, named: "Dataset").dataset
            let (epochs, batchSize) = (try arguments.int(1), try arguments.int(2))
            var options = FitOptions()
            if LearnBridge.optional(arguments[4]) != nil {
                options.validation = try arguments.native(4, as: DatasetValue.self, named: "Dataset?").dataset
            }
            options.loss = try LossFunctions.kind(arguments, 5)
            options.metrics = try TrainingControls.metrics(arguments[6])
            options.earlyStopping = try TrainingControls.earlyStopping(arguments[7])
            options.learningRate = try TrainingControls.schedule(arguments[8])
            options.weightDecay = try arguments.double(9)
            let optimizer = try chosenOptimizer(arguments, model: object.model)
            return try train(object, data: data, epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                             options: options, verbose: try arguments.bool(10))
        }
    }

    /// The optimizer given, else Adam with learning rate 0.01 (a `learningRate:` schedule sets
    /// the rate before every step).
    private static func chosenOptimizer(_ arguments: Arguments, model: Sequential) throws(ScriptError) -> any Optimizer {
        guard LearnBridge.optional(arguments[3]) != nil else {
            return try LearnBridge.run { try Adam(for: model, learningRate: 0.01) }
        }
        return try arguments.native(3, as: OptimizerValue.self, named: "Optimizer").optimizer
    }

    private static func train(_ object: ModelValue, data: Dataset, epochs: Int, batchSize: Int,
                              optimizer: any Optimizer, options: FitOptions, verbose: Bool) throws(ScriptError) -> Value {
        let context = object.context
        let interpreter = context.interpreter
        let live = verbose ? LiveTraining(context: context) : nil
        defer { live?.finish() }
        var interrupted = false
        var model = object.model
        defer { object.model = model }
        let history = try LearnBridge.seeded(interpreter) {
            try model.fit(data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, options: options,
                          progress: live.map { live in { live.report($0) } }, shouldStop: {
                do { try interpreter.checkInterrupt() } catch { interrupted = true }
                return interrupted
            })
        }
        if interrupted || history.wasInterrupted {
            interpreter.write("fit interrupted after \(history.epochs) of \(epochs) epochs; the model keeps the weights reached\n")
        }
        return .native(HistoryValue(history, context: context))
    }
}
