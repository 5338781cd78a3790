/// Syntax of the declarations cells make of their own types: `struct`, `class`, `enum`, `protocol`,
/// `extension`, `typealias`, and their members. Parsed by `ParserTypes.swift`, compiled by `CompileTypes.swift`.

/// The modifiers and attributes written before a declaration (`public static`, `@discardableResult`,
/// `mutating`, `override final`); access control and attributes are accepted and ignored.
struct DeclarationModifiers: Equatable {
    var words: Set<String> = []
    var isStatic: Bool { words.contains("static") || words.contains("class") }
    var isMutating: Bool { words.contains("mutating") }
    var isOverride: Bool { words.contains("override") }
    var isLazy: Bool { words.contains("lazy") }
    var isIndirect: Bool { words.contains("indirect") }
    var isFinal: Bool { words.contains("final") }
    var isPrefix: Bool { words.contains("prefix") }
    var isPostfix: Bool { words.contains("postfix") }
}

/// A generic parameter `T: Comparable` (the constraints are protocol or class names).
struct GenericParameter {
    var name: String
    var constraints: [TypeAnnotation]
}

/// One requirement of a `where` clause: `T: Equatable` or `Element == Int`.
struct WhereRequirement {
    var subject: TypeAnnotation
    var constraint: TypeAnnotation
    var isSameType: Bool
}

/// What kind of type a `TypeDecl` declares.
enum TypeDeclKind: String {
    case structure = "struct", classType = "class", enumeration = "enum", protocolType = "protocol", extensionType = "extension"
}

/// `struct Name<T>: P where … { members }` and the other type declarations.
final class TypeDecl {
    var kind: TypeDeclKind
    /// The declared name, or for an extension the extended type (`Int`, `Array`, `Point`).
    var name: String
    var nameSpan: SourceSpan
    var modifiers: DeclarationModifiers
    var genericParameters: [GenericParameter]
    /// The superclass, raw type and protocols, in written order.
    var inherited: [TypeAnnotation]
    var requirements: [WhereRequirement]
    var members: [MemberDecl]
    var span: SourceSpan

    init(kind: TypeDeclKind, name: String, nameSpan: SourceSpan, modifiers: DeclarationModifiers,
         genericParameters: [GenericParameter], inherited: [TypeAnnotation], requirements: [WhereRequirement],
         members: [MemberDecl], span: SourceSpan) {
        self.kind = kind; self.name = name; self.nameSpan = nameSpan; self.modifiers = modifiers
        self.genericParameters = genericParameters; self.inherited = inherited; self.requirements = requirements
        self.members = members; self.span = span
    }
}

/// A stored or computed property: `var x: Double = 0`, `let id: Int`, `var area: Double { w * h }`,
/// `var v: Int { get { … } set { … } }`, observers, `lazy var`, and `{ get set }` requirements in protocols.
struct PropertyDecl {
    var name: String
    var nameSpan: SourceSpan
    var isVar: Bool
    var modifiers: DeclarationModifiers
    var type: TypeAnnotation?
    var initialValue: Expr?
    var getter: [Stmt]?
    var setter: AccessorDecl?
    var willSet: AccessorDecl?
    var didSet: AccessorDecl?
    /// In a protocol: `{ get }` (or `{ get set }`, then `requiresSetter`).
    var isRequirement = false
    var requiresSetter = false
    var span: SourceSpan

    var isComputed: Bool { getter != nil }
}

/// A `set`, `willSet` or `didSet` body with its parameter name (`newValue` / `oldValue` when not written).
struct AccessorDecl {
    var parameter: String
    var body: [Stmt]
    var span: SourceSpan
}

/// A method, operator method or initializer (`init?` is failable); a protocol requirement has no body.
struct MethodDecl {
    var function: FunctionDecl
    var modifiers: DeclarationModifiers
    var isInitializer: Bool = false
    var isFailable: Bool = false
    var hasBody: Bool = true
}

/// `subscript(i: Int) -> Double { get { … } set { … } }` (or one getter body).
struct SubscriptDecl {
    var parameters: [ParameterDecl]
    var returnType: TypeAnnotation
    var modifiers: DeclarationModifiers
    var getter: [Stmt]
    var setter: AccessorDecl?
    var span: SourceSpan
}

/// One case of an enum: `north`, `circle(radius: Double)`, `one = 1`, `indirect case add(Expr, Expr)`.
struct EnumCaseDecl {
    var name: String
    var nameSpan: SourceSpan
    var associated: [(label: String?, type: TypeAnnotation)]?
    var rawValue: Expr?
    var isIndirect: Bool
}

/// A member of a type declaration.
enum MemberDecl {
    case property(PropertyDecl)
    case method(MethodDecl)
    case subscriptMember(SubscriptDecl)
    case enumCase(EnumCaseDecl)
    case deinitializer([Stmt], SourceSpan)
    case nestedType(TypeDecl)
    case typeAlias(String, TypeAnnotation, SourceSpan)
    case associatedType(String, SourceSpan)
}

/// One `catch` clause: its pattern (nil for a bare `catch`), `where` guard and body.
struct CatchClause {
    var pattern: Pattern?
    var guardExpr: Expr?
    var body: [Stmt]
    var span: SourceSpan
}
