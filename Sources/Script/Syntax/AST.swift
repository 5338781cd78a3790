/// An expression node with its source span.
struct Expr {
    var kind: ExprKind
    var span: SourceSpan
    init(_ kind: ExprKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

/// One argument at a call site: `label: value`, `&variable` for inout.
struct Argument {
    var label: String?
    var labelSpan: SourceSpan?
    var value: Expr
    var isInout: Bool
    /// The unlabelled trailing closure: it matches the next parameter without a default, whatever its label.
    var isTrailing = false
}

/// A parameter in a `func` or closure header.
struct ParameterDecl {
    var label: String?
    var name: String
    var type: TypeAnnotation?
    var defaultValue: Expr?
    var isInout: Bool
    var isVariadic: Bool
    var span: SourceSpan
}

/// A written type (`Int`, `[Double]`, `[String: Int]`, `(Int, Int)`, `Int?`, functions).
indirect enum TypeAnnotation: Equatable {
    case named(String)
    case array(TypeAnnotation)
    case dictionary(TypeAnnotation, TypeAnnotation)
    case tuple([TypeAnnotation], labels: [String?])
    case optional(TypeAnnotation)
    /// A function type; `result` is its written result type (nil when unknown).
    case function(result: TypeAnnotation?)
    /// `Stack<Int>`, `Pair<String, Double>`.
    case generic(String, [TypeAnnotation])

    var text: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element.text)]"
        case .dictionary(let key, let value): "[\(key.text): \(value.text)]"
        case .tuple(let items, let labels):
            "(" + zip(labels, items).map { ($0.map { "\($0): " } ?? "") + $1.text }.joined(separator: ", ") + ")"
        case .optional(let wrapped): wrapped.text + "?"
        case .function: "function"
        case .generic(let name, let arguments): name + "<" + arguments.map(\.text).joined(separator: ", ") + ">"
        }
    }
}

/// A closure or function body with its header.
final class FunctionDecl {
    var name: String
    var parameters: [ParameterDecl]
    var returnType: TypeAnnotation?
    var body: [Stmt]
    var span: SourceSpan
    var usesDollarCount: Int = 0
    var genericParameters: [GenericParameter] = []
    var requirements: [WhereRequirement] = []
    var isThrowing = false
    /// A closure passed to `reduce(into:_:)`: its first parameter is `inout` whether written so or not (Swift infers it).
    var firstParameterIsInout = false
    /// `var total: Int { … }` outside a type: a getter that every read of the name calls.
    var isComputedVariable = false
    init(name: String, parameters: [ParameterDecl], returnType: TypeAnnotation?, body: [Stmt], span: SourceSpan) {
        self.name = name; self.parameters = parameters; self.returnType = returnType; self.body = body; self.span = span
    }

    /// Swift's name for the function: `train(steps:)`, `f(_:)`.
    var signatureName: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

indirect enum ExprKind {
    case integer(Int)
    /// An integer literal above `Int.max` that fits a `UInt64` (`18446744073709551615`, `0xFFFF_FFFF_FFFF_FFFF`).
    case largeInteger(UInt64)
    case double(Double)
    case string(String)
    case interpolated([InterpolationPiece])
    case bool(Bool)
    case nilLiteral
    case identifier(String)
    case dollar(Int)
    case implicitMember(String)
    case array([Expr])
    case dictionary([(Expr, Expr)])
    case tuple([(String?, Expr)])
    case unary(String, Expr)
    case binary(String, Expr, Expr, opSpan: SourceSpan)
    case assign(String, Expr, Expr, opSpan: SourceSpan)
    case ternary(Expr, Expr, Expr)
    case call(Expr, [Argument])
    case subscriptAccess(Expr, [Argument])
    case member(Expr, String, nameSpan: SourceSpan)
    case tupleIndex(Expr, Int)
    case optionalChain(Expr)
    case forceUnwrap(Expr)
    case closure(FunctionDecl)
    case typeCast(Expr, TypeAnnotation, kind: String)
    case discard
    /// `try`, `try?` or `try!` before an expression.
    case tryExpr(String, Expr)
    /// A generic type named with its arguments in an expression: `Stack<Int>` in `Stack<Int>()`.
    case specializedType(String, [TypeAnnotation])
}

/// Part of an interpolated string literal.
enum InterpolationPiece {
    case text(String)
    case expr(Expr)
}

/// A pattern in `let`, `for`, `switch` and `if case`.
indirect enum Pattern {
    case binding(String, SourceSpan)
    case wildcard
    case tuple([Pattern])
    case expression(Expr)
    case letBinding(Pattern)
    case optionalSome(Pattern)
    /// `.circle(let r)`, `Shape.rect(width: let w, _)`, `.north`: a case of an enum, optionally with sub-patterns.
    case enumCase(type: String?, name: String, [(label: String?, pattern: Pattern)]?, SourceSpan)
    /// `is Dog`.
    case isType(TypeAnnotation, SourceSpan)
    /// `let d as Dog`.
    case cast(Pattern, TypeAnnotation, SourceSpan)
}

/// One `case` of a `switch`.
struct SwitchCase {
    var patterns: [Pattern]
    var guardExpr: Expr?
    var body: [Stmt]
    var isDefault: Bool
    var span: SourceSpan
}

/// A condition clause in `if`/`guard`/`while`: a Bool expression or an optional binding.
enum Condition {
    case expr(Expr)
    case optionalBinding(isVar: Bool, Pattern, Expr, SourceSpan)
    case casePattern(Pattern, Expr)
}

/// A statement node with its span.
struct Stmt {
    var kind: StmtKind
    var span: SourceSpan
    init(_ kind: StmtKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

indirect enum StmtKind {
    case expression(Expr)
    case binding(isVar: Bool, Pattern, TypeAnnotation?, Expr?)
    case function(FunctionDecl)
    case ifStmt([Condition], [Stmt], [Stmt]?)
    case guardStmt([Condition], [Stmt])
    case whileStmt([Condition], [Stmt])
    case repeatWhile([Stmt], Expr)
    case forIn(Pattern, Expr, Expr?, [Stmt])
    case switchStmt(Expr, [SwitchCase])
    case block([Stmt])
    case breakStmt
    case continueStmt
    /// `outer: for …`: a loop, `switch`, `if` or `do` that `break outer` (and, for loops, `continue outer`) name.
    case labelled(String, Stmt)
    /// `break outer` / `continue outer`.
    case jump(label: String, isContinue: Bool)
    /// `fallthrough`: the next case's body runs.
    case fallthroughStmt
    case returnStmt(Expr?)
    case typeDeclaration(TypeDecl)
    case typeAlias(String, TypeAnnotation)
    case throwStmt(Expr)
    case doCatch([Stmt], [CatchClause])
    /// `defer { … }`: runs when the enclosing block is left, however it is left.
    case deferStmt([Stmt])
}
