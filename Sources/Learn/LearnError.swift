/// Errors of models, data and training, written for the person at the notebook.
public enum LearnError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An argument outside its allowed values; names the argument.
    case invalidArgument(name: String, reason: String)
    /// Input features do not fit the model's first layer.
    case inputMismatch(layer: Int, expected: Int, shape: [Int])
    /// A label that is not a class index of the output.
    case labelOutOfRange(label: Double, classes: Int)
    /// Labels and predictions disagree on the number of examples.
    case countMismatch(argument: String, expected: Int, actual: Int)
    case emptyDataset(String)
    case layerIndexOutOfRange(index: Int, count: Int)
    /// The loss became NaN or infinite; the weights from before this step were kept.
    case nonFiniteLoss(epoch: Int, step: Int, loss: Double)
    case fileNotFound(path: String)
    /// A file that cannot be read as data: not a regular file, too large, or refused by the system.
    case unreadableFile(path: String, reason: String)
    /// A file whose contents are not in the format it should have (`format`: "safetensors").
    case malformedFile(path: String, format: String, reason: String)
    case badNumber(file: String, line: Int, column: Int, name: String, text: String)
    case raggedRow(file: String, line: Int, expected: Int, actual: Int)
    case missingColumn(file: String, column: String)
    case gradientMismatch(layer: Int, reason: String)
    /// A parameter set to a tensor of another shape.
    case parameterShape(name: String, expected: [Int], actual: [Int])
    /// A layer of a model replaced by one of another kind or shape.
    case layerReplacement(index: Int, current: String, replacement: String)
    /// Class probabilities or predicted classes asked of a model trained for regression.
    case notAClassifier(loss: String)

    public var description: String {
        switch self {
        case let .invalidArgument(name, reason):
            return "invalid '\(name)': \(reason)"
        case let .inputMismatch(layer, expected, shape):
            return "layer \(layer) expects inputs with \(expected) features, got shape \(shape)"
        case let .labelOutOfRange(label, classes):
            return "label \(Tensor.format(label)) is not a class index in 0..<\(classes) ('labels')"
        case let .countMismatch(argument, expected, actual):
            return "'\(argument)' has \(actual) examples but \(expected) were expected"
        case let .emptyDataset(name):
            return "the dataset '\(name)' is empty"
        case let .layerIndexOutOfRange(index, count):
            return "layer index \(index) is out of range: the model has \(count) layers"
        case let .nonFiniteLoss(epoch, step, loss):
            let what = loss.isFinite ? "the gradient became infinite or NaN" : "the loss became \(Tensor.format(loss))"
            return "\(what) at epoch \(epoch), step \(step); "
                + "training stopped and kept the weights from before that step — try a smaller learning rate"
        case let .fileNotFound(path):
            return "\(path): no such file"
        case let .unreadableFile(path, reason):
            return "\(path) \(reason)"
        case let .malformedFile(path, format, reason):
            return "\(path) is not a valid \(format) file: \(reason)"
        case let .badNumber(file, line, column, name, text):
            return "\(file), line \(line), column \(column) ('\(name)'): '\(text)' is not a number"
        case let .raggedRow(file, line, expected, actual):
            return "\(file), line \(line): expected \(expected) columns, found \(actual)"
        case let .missingColumn(file, column):
            return "\(file): no column named '\(column)' in the header"
        case let .gradientMismatch(layer, reason):
            return "gradients do not match the model at layer \(layer): \(reason)"
        case let .parameterShape(name, expected, actual):
            return "cannot set '\(name)' of shape \(expected) to a tensor of shape \(actual)"
        case let .layerReplacement(index, current, replacement):
            return "cannot replace layer \(index), \(current), with \(replacement): a layer is replaced by one of the same kind, parameter shapes and output shape"
        case let .notAClassifier(loss):
            return "the model is read as a regression model (loss \(loss)), so it has no class probabilities; "
                + "end it in sigmoid or softmax, or train it with a cross-entropy loss"
        }
    }
}
