/// Why a model view could not be drawn. Thrown before anything is drawn;
/// `description` names the view, the argument at fault and what was expected.
public enum ModelViewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data has the wrong number of features for this view.
    case featureCount(view: String, argument: String, expected: Int, actual: Int)
    /// The model is too big to draw this way; `suggestion` names a view that works.
    case tooLarge(view: String, argument: String, what: String, count: Int, limit: Int, suggestion: String)
    /// Something that must hold data (a history, a batch, a model) is empty.
    case empty(view: String, argument: String, expected: String)
    /// The data or model is not usable for this view, with the reason.
    case unsuitable(view: String, argument: String, reason: String)

    public var description: String {
        switch self {
        case let .featureCount(view, argument, expected, actual):
            return "\(view): \(argument) must have \(expected) features, got \(actual)"
                + (expected == 2 ? "; pick two feature columns (or draw ScatterPlot(data) of two of them)" : "")
        case let .tooLarge(view, argument, what, count, limit, suggestion):
            return "\(view): \(argument) has \(count) \(what), more than the \(limit) this view can draw legibly; \(suggestion)"
        case let .empty(view, argument, expected):
            return "\(view): \(argument) is empty; expected \(expected)"
        case let .unsuitable(view, argument, reason):
            return "\(view): \(argument) \(reason)"
        }
    }
}
