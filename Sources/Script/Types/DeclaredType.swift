/// A type a cell declared (`struct`, `class`, `enum`, `protocol`), or the extensions cells added to a built-in
/// type (`extension Int`): its layout, members and conformances, built by `CompileTypes.swift`.
///
/// Instances point to their type; a later cell that redeclares the name makes a new `DeclaredType`, so code
/// compiled earlier keeps the type it was written against (as a REPL does). Every type lives for the process
/// (`all`), so instances and compiled code refer to it without reference counting.
final class DeclaredType {
    enum Kind: Equatable { case structure, classType, enumeration, protocolType, builtin }

    /// The name as Swift prints it at top level (`Point`, `Outer.Inner`).
    let name: String
    let kind: Kind
    unowned(unsafe) let session: Session
    /// The value of the type used as an expression (`Point.self`, `let t = Point`).
    private(set) var namespace: TypeNamespace!

    var superclass: DeclaredType?
    /// Declared protocols this type conforms to (directly, by extensions, or inherited by protocols).
    var protocols: [DeclaredType] = []
    /// Names of every protocol conformed to, the standard ones included (`Equatable`, `CaseIterable`).
    var protocolNames: Set<String> = []
    var genericParameters: [GenericParameter] = []
    var isFinal = false
    var isIndirect = false

    /// Stored properties in layout order (a superclass's first, so indices hold in subclasses).
    var fields: [StoredField] = []
    var fieldIndex: [String: Int] = [:]
    var computed: [String: ComputedProperty] = [:]
    var methods: [String: [UserMethod]] = [:]
    var staticMethods: [String: [UserMethod]] = [:]
    var staticProperties: [String: StaticProperty] = [:]
    var initializers: [UserMethod] = []
    /// A struct's synthesised memberwise initializer (nil once it declares an `init` of its own).
    var memberwise: Memberwise?
    var subscripts: [UserSubscript] = []
    var cases: [EnumCase] = []
    var caseIndex: [String: Int] = [:]
    var rawType: TypeAnnotation?
    var deinitializer: UserMethod?
    /// For a protocol: what conforming types must provide.
    var requirements: [Requirement] = []
    var typeAliases: [String: TypeAnnotation] = [:]
    var nestedTypes: [String: DeclaredType] = [:]
    /// The declaration's first line (`struct Point: Equatable`), shown by inspect.
    var declaration = ""
    /// The type this one is declared in (`Outer` for `Outer.Inner`).
    var outer: DeclaredType?
    var associatedTypes: Set<String> = []
    /// Names of the instance and static members declared in the type and its extensions (own only).
    var declaredMemberNames: Set<String> = []
    var declaredStaticNames: Set<String> = []

    nonisolated(unsafe) private static var all: [DeclaredType] = []
    private static let allLock = NSLockLike()

    /// Declaration order (the latest declared type wins an ambiguous implicit member).
    let serial: Int

    init(name: String, kind: Kind, session: Session) {
        self.name = name; self.kind = kind; self.session = session
        serial = Self.allLock.withLock { Self.all.count + 1 }
        Self.allLock.withLock { Self.all.append(self) }
        namespace = TypeNamespace(name: name, doc: "", declared: self)
    }

    var isReference: Bool { kind == .classType }

    /// The identity of the declared type of the value in `place` (nil for other values), compared with a
    /// parameter's type on the direct call path: the instance is borrowed, nothing is retained.
    @inline(__always)
    static func identity(at place: UnsafeMutablePointer<Value>) -> UnsafeMutableRawPointer? {
        guard let instance = Instance.borrowed(place) else { return nil }
        return instance._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.type).toOpaque() }
    }
    var isValueType: Bool { kind == .structure || kind == .enumeration }
    var kindName: String {
        switch kind {
        case .structure: "struct"
        case .classType: "class"
        case .enumeration: "enum"
        case .protocolType: "protocol"
        case .builtin: "extension"
        }
    }

    /// The superclass chain, starting with this type.
    var lineage: some Sequence<DeclaredType> { sequence(first: self, next: \.superclass) }

    /// Whether `self` is `other` or inherits from it.
    func isSubtype(of other: DeclaredType) -> Bool { lineage.contains { $0 === other } }

    /// Every declared protocol conformed to, through protocol inheritance and superclasses.
    var allProtocols: [DeclaredType] {
        var seen: [DeclaredType] = []
        var pending = lineage.flatMap(\.protocols)
        while let next = pending.popLast() {
            if seen.contains(where: { $0 === next }) { continue }
            seen.append(next)
            pending += next.protocols
        }
        return seen
    }

    /// Whether the type conforms to the protocol named `name` (declared or standard).
    func conforms(to name: String) -> Bool {
        lineage.contains { $0.protocolNames.contains(name) } || allProtocols.contains { $0.name == name }
    }

    // MARK: - Member lookup (own members, then the superclass's, then protocol extension defaults)

    func methods(named name: String) -> [UserMethod] {
        var found: [UserMethod] = []
        for type in lineage {
            for method in type.methods[name] ?? [] where !found.contains(where: { $0.signatureName == method.signatureName }) {
                found.append(method)
            }
        }
        for proto in allProtocols {
            for method in proto.methods[name] ?? [] where !found.contains(where: { $0.signatureName == method.signatureName }) {
                found.append(method)
            }
        }
        return found
    }

    func staticMethods(named name: String) -> [UserMethod] {
        var found: [UserMethod] = []
        for type in lineage { found += (type.staticMethods[name] ?? []).filter { m in !found.contains { $0.signatureName == m.signatureName } } }
        for proto in allProtocols { found += (proto.staticMethods[name] ?? []).filter { m in !found.contains { $0.signatureName == m.signatureName } } }
        return found
    }

    func computedProperty(named name: String) -> ComputedProperty? {
        for type in lineage { if let property = type.computed[name] { return property } }
        for proto in allProtocols { if let property = proto.computed[name] { return property } }
        return nil
    }

    func staticProperty(named name: String) -> StaticProperty? {
        for type in lineage { if let property = type.staticProperties[name] { return property } }
        for proto in allProtocols { if let property = proto.staticProperties[name] { return property } }
        return nil
    }

    /// The initializers a construction chooses from: the type's own, then those it inherits from its superclasses
    /// (each signature once, the nearest first).
    var allInitializers: [UserMethod] {
        var found: [UserMethod] = []
        for type in lineage {
            for method in type.initializers where !found.contains(where: { $0.signatureName == method.signatureName }) {
                found.append(method)
            }
            if type.memberwise != nil { break }
        }
        return found
    }

    var allSubscripts: [UserSubscript] {
        for type in lineage where !type.subscripts.isEmpty { return type.subscripts }
        return allProtocols.flatMap(\.subscripts)
    }

    /// Bare names that mean `self.name` inside the type's members (its own, inherited and protocol members).
    var visibleMemberNames: Set<String> {
        var names = Set<String>()
        for type in lineage { names.formUnion(type.declaredMemberNames) }
        for proto in allProtocols { names.formUnion(proto.declaredMemberNames) }
        // `"L\(rawValue)"` inside an enum with raw values.
        if rawType != nil { names.insert("rawValue") }
        return names
    }

    var visibleStaticNames: Set<String> {
        var names = Set(cases.map(\.name))
        if kind == .enumeration, conforms(to: "CaseIterable") { names.insert("allCases") }
        for type in lineage { names.formUnion(type.declaredStaticNames) }
        for proto in allProtocols { names.formUnion(proto.declaredStaticNames) }
        return names
    }

    /// Names of properties and methods (completion, "did you mean").
    var memberNames: [String] {
        var names = Set<String>()
        for type in lineage {
            names.formUnion(type.fields.map(\.name)); names.formUnion(type.computed.keys); names.formUnion(type.methods.keys)
        }
        for proto in allProtocols { names.formUnion(proto.computed.keys); names.formUnion(proto.methods.keys) }
        return names.sorted()
    }

    /// Names of cases, static properties and static methods (completion after `Type.`).
    var staticMemberNames: [String] {
        var names = Set(cases.map(\.name))
        for type in lineage { names.formUnion(type.staticProperties.keys); names.formUnion(type.staticMethods.keys) }
        if conforms(to: "CaseIterable") { names.insert("allCases") }
        return names.sorted()
    }

    // MARK: - deinit

    /// Whether instances run a `deinit` (this class's or a superclass's) when they go away.
    var runsDeinit = false

    /// A class instance with a `deinit` went away: its fields live on in `copy`, whose `deinit` bodies run
    /// at the next safe point (see `Runtime.runPendingDeinits`).
    func scheduleDeinit(_ copy: Instance) {
        session.runtime.pendingDeinits.append(copy)
        session.runtime.hasPendingDeinits = true
    }
}

/// A stored property: its slot, mutability, type check, default value, lazy initializer and observers.
struct StoredField {
    var name: String
    var isVar: Bool
    var type: TypeAnnotation?
    var check: TypeCheck?
    /// The default value, evaluated at each construction (nil when the initializer must set it).
    var defaultValue: Eval?
    var isLazy = false
    var lazyInitializer: UserMethod?
    var willSetObserver: UserMethod?
    var didSetObserver: UserMethod?
    var hasObservers: Bool { willSetObserver != nil || didSetObserver != nil }
}

/// A computed property: a getter (self only) and an optional setter (self and the new value).
struct ComputedProperty {
    var getter: UserMethod
    var setter: UserMethod?
    var type: TypeAnnotation?
}

/// A `static` (or `class`) property: stored in a global slot, or computed.
enum StaticProperty {
    case stored(StaticStorage)
    case computed(ComputedProperty)
}

/// A method, initializer, accessor or operator of a declared type: a compiled function whose first
/// parameter is `self`.
final class UserMethod {
    let name: String
    let closure: Closure
    let isMutating: Bool
    let isStatic: Bool
    let isFailable: Bool
    /// The declaration line shown by inspect (`mutating func move(by d: Double)`).
    let declaration: String
    unowned(unsafe) let owner: DeclaredType

    init(name: String, closure: Closure, isMutating: Bool, isStatic: Bool, isFailable: Bool = false,
         declaration: String, owner: DeclaredType) {
        self.name = name; self.closure = closure; self.isMutating = isMutating; self.isStatic = isStatic
        self.isFailable = isFailable; self.declaration = declaration; self.owner = owner
    }

    var proto: FunctionProto { closure.proto }
    /// The parameters after `self`, for argument matching.
    lazy var shapes: [ParameterShape] = Array(proto.shapes.dropFirst())
    /// `move(by:)`.
    var signatureName: String { name + "(" + shapes.map { ($0.label ?? "_") + ":" }.joined() + ")" }
}

/// A struct's memberwise initializer: one parameter per stored property that needs or may take a value.
struct Memberwise {
    /// Field index and whether the argument may be left out (the property has a default).
    var parameters: [(field: Int, hasDefault: Bool)]
    var shapes: [ParameterShape]
}

/// `subscript(…) -> T`: getter (self and the indices) and optional setter (self, the new value, the indices).
struct UserSubscript {
    var getter: UserMethod
    var setter: UserMethod?
    var shapes: [ParameterShape]
}

/// One case of an enum: its tag, associated-value labels and checks, raw value, and (without associated
/// values) the one shared instance every use of the case is.
struct EnumCase {
    var name: String
    var labels: [String?]
    var checks: [TypeCheck?]
    var types: [TypeAnnotation]
    var rawValue: Value?
    var singleton: Instance?
    var hasPayload: Bool { !labels.isEmpty }
}

/// What a protocol asks of a conforming type.
struct Requirement {
    enum Kind { case property(settable: Bool), method, initializer, subscriptAccess, associatedType }
    var kind: Kind
    var name: String
    /// `move(by:)` for methods and initializers.
    var signatureName: String
    var isStatic: Bool
}
