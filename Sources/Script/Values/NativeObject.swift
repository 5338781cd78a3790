/// A value type defined outside Script (tensors, models, charts). Every hook has a default, so a type
/// implements only what it supports. See docs/script-extension.md.
public protocol NativeObject: AnyObject {
    /// The Swift-style type name shown in messages (`Tensor`).
    var typeName: String { get }
    /// `print` text.
    var description: String { get }
    /// REPL text (cell results); defaults to `description`.
    var debugDescription: String { get }
    /// Names of properties and methods, for completion and "did you mean".
    var memberNames: [String] { get }
    /// True for class-like values (optimizers): a `let` holding one still allows `x.property = …`, and the setter
    /// changes the shared object. False (the default) for value types (tensors, models, layers).
    var isReferenceType: Bool { get }
    /// A property (`x.shape`), or nil when there is none by that name.
    func property(_ name: String) throws(ScriptError) -> Value?
    /// The overloads of a method (`model.fit(…)`), or nil when there is none by that name.
    func method(_ name: String) -> [Builtin]?
    /// `value(…)`: nil when the value is not callable.
    func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value?
    /// `value[…]`: nil when the value has no subscript.
    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value?
    /// `value[…] = newValue`: the object holding the change, or nil when the subscript is get-only.
    /// `isUniquelyReferenced` is true when no other cell value shares this object: write in place and return
    /// `self`; otherwise return a changed copy and leave `self` alone (value semantics, copy on write).
    func subscriptSet(_ arguments: Arguments, to newValue: Value,
                      isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)?
    /// `value.name = newValue`: as `subscriptSet`; nil when there is no settable property by that name.
    func setProperty(_ name: String, to newValue: Value,
                     isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)?
    /// `self op other` (or `other op self` when `selfOnLeft` is false); nil when unsupported.
    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value?
    /// Prefix `-` and `+`; nil when unsupported.
    func unaryOperator(_ op: String) throws(ScriptError) -> Value?
    /// `==`; nil when the two cannot be compared.
    func isEqual(to other: Value) -> Bool?
}

extension NativeObject {
    public var debugDescription: String { description }
    public var memberNames: [String] { [] }
    public var isReferenceType: Bool { false }
    public func property(_ name: String) throws(ScriptError) -> Value? { nil }
    public func method(_ name: String) -> [Builtin]? { nil }
    public func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value? { nil }
    public func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? { nil }
    public func subscriptSet(_ arguments: Arguments, to newValue: Value,
                             isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? { nil }
    public func setProperty(_ name: String, to newValue: Value,
                            isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? { nil }
    public func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? { nil }
    public func unaryOperator(_ op: String) throws(ScriptError) -> Value? { nil }
    public func isEqual(to other: Value) -> Bool? {
        if case .native(let object) = other { return object === self }
        return nil
    }
}

/// A mutable cell holding a variable captured by a closure (capture by reference).
final class Box: NativeObject {
    var value: Value
    init(_ value: Value) { self.value = value }
    var typeName: String { "Box" }
    var description: String { value.description }
}
