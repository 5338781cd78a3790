/// A compiled cell: the hoisted functions, the statements, and the expression whose value is the result.
struct CompiledCell {
    /// Hoisted functions (a closure, or the overload set of a name declared several times) and their global slots.
    var prelude: [(Int, Value)]
    var body: Exec
    var result: Eval?
}

/// Compiles syntax trees to closures over `Runtime`, resolving every name to a slot before anything runs.
/// Errors found here (unknown names, assigning to a `let`, redeclarations) stop the cell before it runs.
final class Compiler {
    unowned let session: Session
    let cell: Int
    var scope: FunctionScope
    var cellDeclared: Set<String> = []
    var hoisted: [(Int, Value)] = []
    var hoistedSlots: [String: Int] = [:]
    /// The signatures of the nested functions of each name declared in a block (see `compileLocalOverload`).
    var localSignatures: [String: Set<String>] = [:]
    /// Top-level functions declared more than once in the cell or adding to an earlier cell's (overloads), with the
    /// closures compiled so far; the earlier cells' ones that stay come first.
    var overloadedFunctions: [String: [(signature: String, closure: Closure)]] = [:]
    /// The functions this cell declares, by name (any scope): the parameter types that type a call's literals.
    var functionDecls: [String: [FunctionDecl]] = [:]
    /// Top-level statements whose value is collected in builder mode (direct statements of a closure body).
    var builderStatement = false
    /// Whether the cell compiled a function or closure (something that can refer to its source later).
    var definesFunctions = false
    /// Set while compiling the members of a declared type (see `CompileTypeContext.swift`).
    var typeContext: TypeContext?
    /// Generic parameters of the functions being compiled, innermost last.
    var genericScopes: [GenericScope] = []
    /// Type declarations already declared (hoisted), and the static storage each one initialises when it runs.
    var declaredTypeDecls: Set<ObjectIdentifier> = []
    /// Names bound by the patterns of the `case` being compiled (all its patterns bind the same variables).
    var caseBindings: [String: VariableRef]?
    /// Frame slots read only once in the node tree being compiled: they are moved out, not copied (see `MoveSlotNode`).
    var movableSlots: Set<Int> = []
    /// Frame slots a `MoveSlotNode` of the function being compiled moves out (its parameters among them cannot be lent).
    var movedSlots: Set<Int> = []
    var staticStorages: [ObjectIdentifier: [StaticStorage]] = [:]

    init(session: Session, cell: Int, statements: [Stmt]) {
        self.session = session
        self.cell = cell
        scope = FunctionScope(parent: nil, isCell: true,
                              capturedNames: NameAnalysis.namesUsedInNestedFunctions(statements))
    }

    func error(_ kind: ScriptErrorKind, _ message: String, _ span: SourceSpan) -> ScriptError {
        ScriptError(kind: kind, message: message, span: span)
    }

    /// cell -> statements; the last statement, when a non-assignment expression, is the result.
    func compileCell(_ statements: [Stmt]) throws(ScriptError) -> CompiledCell {
        try hoistFunctions(statements)
        try declareTypes(statements)
        var body = statements
        var result: Eval?
        if let last = body.last, case .expression(let expr) = last.kind, !expr.isAssignment {
            body.removeLast()
            let compiledBody = try compileTopLevelStatements(body)
            let value = try compileExpr(expr)
            result = { rt throws(ScriptError) in
                let result = try value(rt)
                try rt.runPendingDeinits()
                return result
            }
            hoistOverloads()
            return CompiledCell(prelude: hoisted, body: compiledBody, result: result)
        }
        let compiledBody = try compileTopLevelStatements(body)
        hoistOverloads()
        return CompiledCell(prelude: hoisted, body: compiledBody, result: nil)
    }

    /// Top-level functions are visible to the whole cell (and call each other in any order).
    /// A name declared by several functions whose labels or parameter types differ is one overload set.
    func hoistFunctions(_ statements: [Stmt]) throws(ScriptError) {
        var signatures: [String: Set<String>] = [:]
        for statement in statements {
            guard case .function(let decl) = statement.kind else { continue }
            functionDecls[decl.name, default: []].append(decl)
            let signature = Self.signature(decl)
            if let known = signatures[decl.name] {
                if known.contains(signature) { throw error(.name, Message.redeclaration(decl.name), decl.span) }
                signatures[decl.name, default: []].insert(signature)
                overloadedFunctions[decl.name] = []
                continue
            }
            signatures[decl.name] = [signature]
            // A stored variable redeclared as computed gets a slot of its own: code compiled earlier keeps reading
            // the old value instead of finding a getter where it expects one (and the reverse in `declare`).
            if decl.isComputedVariable, session.globals[decl.name]?.isComputed == false { session.globals[decl.name] = nil }
            let ref = try declare(decl.name, isVar: false, isFunction: !decl.isComputedVariable, span: decl.span,
                                  declaration: session.declarationLine(decl.span))
            if decl.isComputedVariable { session.globals[decl.name]?.isComputed = true }
            if case .global(let slot) = ref { hoistedSlots[decl.name] = slot }
        }
        for (name, declared) in signatures where session.globals[name]?.isComputed != true {
            let kept = session.earlierFunctions(name).filter { !declared.contains($0.signature) }
            if !kept.isEmpty { overloadedFunctions[name] = kept }
        }
    }

    /// What tells overloads apart: the name, the argument labels and the written parameter types.
    static func signature(_ decl: FunctionDecl) -> String {
        decl.signatureName + decl.parameters.map { ($0.type?.text ?? "_") + ($0.isVariadic ? "..." : "") }.joined(separator: ",")
    }

    /// Puts each overload set in its name's slot (after the cell's functions compiled), and remembers every
    /// top-level function's signature for later cells.
    private func hoistOverloads() {
        for (name, set) in overloadedFunctions.sorted(by: { $0.key < $1.key }) {
            guard let slot = hoistedSlots[name], !set.isEmpty else { continue }
            hoisted.removeAll { $0.0 == slot }
            hoisted.append((slot, .native(FunctionOverloads(name: name, closures: set.map(\.closure)))))
            session.topLevelFunctions[name] = set
        }
    }

    // MARK: - Declarations

    /// Declares `name` in the current block; a global at a cell's top level.
    func declare(_ name: String, isVar: Bool, isFunction: Bool = false, span: SourceSpan,
                 declaration: String? = nil, elementKind: KeyKind? = nil, declaredType: TypeAnnotation? = nil) throws(ScriptError) -> VariableRef {
        if scope.declaresGlobals {
            if cellDeclared.contains(name) { throw error(.name, Message.redeclaration(name), span) }
            cellDeclared.insert(name)
            let slot = session.globals[name].flatMap { $0.isComputed ? nil : $0.slot } ?? session.allocateGlobal()
            session.globals[name] = GlobalVariable(slot: slot, isVar: isVar, isFunction: isFunction, cell: cell,
                                                   declaration: declaration ?? session.declarationLine(span),
                                                   elementKind: elementKind, declaredType: declaredType)
            return .global(slot)
        }
        if scope.blocks[scope.blocks.count - 1][name] != nil {
            throw error(.name, Message.redeclaration(name), span)
        }
        let slot = scope.allocateSlot()
        let boxed = scope.capturedNames.contains(name)
        let ref: VariableRef = boxed ? .boxed(slot) : .local(slot)
        scope.blocks[scope.blocks.count - 1][name] = Variable(ref: ref, isVar: isVar, isFunction: isFunction,
                                                              elementKind: elementKind, declaredType: declaredType)
        return ref
    }

    /// Finds a variable by name through blocks, enclosing functions (capturing it) and globals.
    func lookup(_ name: String) -> Variable? { lookup(name, in: scope) }

    func lookup(_ name: String, in functionScope: FunctionScope) -> Variable? {
        if let local = functionScope.lookupLocal(name) { return local }
        if let captured = functionScope.captureIndex[name] { return captured }
        if let parent = functionScope.parent, let outer = lookup(name, in: parent) {
            let source: CaptureSource
            switch outer.ref {
            case .global: return outer
            case .local: return nil
            case .boxed(let slot): source = .parentLocal(slot)
            case .capture(let index): source = .parentCapture(index)
            }
            functionScope.captures.append(source)
            var variable = Variable(ref: .capture(functionScope.captures.count - 1), isVar: outer.isVar,
                                    isFunction: outer.isFunction, elementKind: outer.elementKind, declaredType: outer.declaredType)
            variable.initializesLater = outer.initializesLater
            functionScope.captureIndex[name] = variable
            return variable
        }
        if let global = session.globals[name] {
            return Variable(ref: .global(global.slot), isVar: global.isVar, isFunction: global.isFunction,
                            isComputed: global.isComputed, elementKind: global.elementKind, declaredType: global.declaredType,
                            initializesLater: global.initializesLater)
        }
        return nil
    }

    /// Every name a user could mean here: locals, globals, builtins, types.
    var namesInScope: [String] {
        scope.visibleNames + Array(session.globals.keys) + session.builtinNames
    }

    func nameError(_ name: String, _ span: SourceSpan) -> ScriptError {
        let suggestion = Suggestions.closest(to: name, among: namesInScope)
        return error(.name, Message.didYouMean(Message.cannotFind(name), suggestion), span)
    }
}

extension Expr {
    var isAssignment: Bool {
        if case .assign = kind { return true }
        return false
    }
}
