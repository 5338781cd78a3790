/// A member function of a built-in value type (`append(_:)`, `sorted(by:)`), receiving its receiver in place.
final class Method {
    typealias Body = (inout Value, inout Arguments) throws(ScriptError) -> Value
    let builtin: Builtin
    let isMutating: Bool
    let body: Body

    init(_ name: String, _ parameters: [Parameter] = [], returns: String = "Void", doc: String,
         mutating: Bool = false, body: @escaping Body) {
        builtin = Builtin(name, parameters, returns: returns, doc: doc) { _ throws(ScriptError) in .void }
        isMutating = mutating
        self.body = body
    }

    lazy var shapes: [ParameterShape] = builtin.shapes
}
