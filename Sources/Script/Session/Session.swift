import Platform

/// The state kept across cells: globals, builtins, types, the runtime, and the sources of the cells whose
/// functions or closures are still in use (their spans can be reported later); other cells' sources are dropped,
/// so a long session of small cells, or of cells that define the same functions again, does not grow.
final class Session {
    let runtime = Runtime()
    var globals: [String: GlobalVariable] = [:]
    var globalCount = 0
    var builtins: [String: Function] = [:]
    var types: [String: TypeNamespace] = [:]
    /// Types, aliases and extensions declared by cells.
    let typeRegistry = TypeRegistry()
    let sources = CellSources()
    /// The call sites' caches, which forget what they called before unused functions are freed.
    let callCaches = CallCaches()
    /// Every compiled function not yet freed, in the order compiled (see `releaseUnusedFunctions`).
    var functions: [FunctionProto?] = []
    let random = RandomSource()
    /// The top-level functions of each name with their signatures, as the last cell declaring the name left them:
    /// a later cell's `func` with a new signature adds an overload, one with the same signature replaces it.
    var topLevelFunctions: [String: [(signature: String, closure: Closure)]] = [:]

    var builtinNames: [String] { Array(builtins.keys) + Array(types.keys) }

    func allocateGlobal() -> Int {
        globalCount += 1
        return globalCount - 1
    }

    /// The source line where a declaration starts (shown by inspect).
    func declarationLine(_ span: SourceSpan) -> String {
        guard let source = sources[span.cell] else { return "" }
        return source.lineText(source.lineIndex(of: span.start)).trimmingSpaces
    }

    func register(_ builtin: Builtin) {
        if let existing = builtins[builtin.name], case .builtin(let overloads) = existing.kind {
            builtins[builtin.name] = Function(overloads: overloads + [builtin])
        } else {
            builtins[builtin.name] = Function(overloads: [builtin])
        }
    }

    /// The functions named `name` that earlier cells declared, while the global still holds exactly them (a later
    /// `let name = …` or a failed cell leaves something else there, and nothing is inherited).
    func earlierFunctions(_ name: String) -> [(signature: String, closure: Closure)] {
        guard let global = globals[name], global.isFunction, let known = topLevelFunctions[name],
              global.slot < runtime.globalCapacity else { return [] }
        let closures: [Closure]
        switch runtime.globals[global.slot] {
        case .function(let function):
            guard case .closure(let closure) = function.kind else { return [] }
            closures = [closure]
        case .native(let set as FunctionOverloads): closures = set.closures
        default: return []
        }
        guard closures.count == known.count, zip(closures, known).allSatisfy({ $0 === $1.closure }) else { return [] }
        return known
    }

    /// Parses, compiles and runs one cell.
    func run(_ text: String, cell: Int) -> CellOutcome {
        releaseUnusedFunctions()
        sources[cell] = SourceText(cell: cell, text: text)
        var keepsSource = false
        defer { if !keepsSource { sources[cell] = nil } }
        runtime.interrupt.clear()
        let statements: [Stmt]
        do throws(ScriptError) {
            statements = try Parser.parse(text, cell: cell)
            try Interrupt.checkCell()  // parsing megabytes takes a while
        } catch { return .error(finish(error)) }
        let snapshot = globals
        let typeSnapshot = (typeRegistry.snapshot, types)
        let compiled: CompiledCell
        let cellFrameSize: Int
        do throws(ScriptError) {
            let compiler = Compiler(session: self, cell: cell, statements: statements)
            compiled = try compiler.compileCell(statements)
            try Interrupt.checkCell()
            cellFrameSize = compiler.scope.frameSize
            keepsSource = compiler.definesFunctions
        } catch {
            globals = snapshot
            typeRegistry.restore(typeSnapshot.0)
            types = typeSnapshot.1
            return .error(finish(error))
        }
        let rt = runtime
        rt.ensureGlobals(globalCount)
        rt.fp = 0
        rt.top = cellFrameSize
        rt.reserveStack(cellFrameSize + 1)
        for (slot, value) in compiled.prelude { rt.globals[slot] = value }
        do throws(ScriptError) {
            _ = try compiled.body(rt)
            var result: Value?
            if let eval = compiled.result {
                let value = try eval(rt)
                if !value.isVoid { result = value }
            }
            clearCellFrame(cellFrameSize)
            return .value(result)
        } catch {
            var error = error
            if let thrown = error.thrownValue { error.message = Message.uncaughtError + " " + thrown.description }
            forgetUndefinedGlobals(declaredSince: snapshot)
            rt.reset()
            return .error(finish(error))
        }
    }

    /// Frees the compiled functions that nothing but `functions` refers to any more (no closure value, call-site
    /// cache or enclosing function), then the sources of cells none of whose functions remain. Only between cells:
    /// calls do not retain `Closure.proto`, so a function replaced while a cell runs may still be running.
    /// Freeing a function can leave the functions nested in it unused; they were compiled after it, so the
    /// same pass frees them. One linear pass a cell: a function that only a function compiled after it held (a
    /// call-site cache in its body) is freed by the next cell's pass.
    private func releaseUnusedFunctions() {
        callCaches.forgetAll()
        var kept = 0
        for index in functions.indices {
            if isKnownUniquelyReferenced(&functions[index]) {
                functions[index] = nil
            } else {
                functions.swapAt(kept, index)
                kept += 1
            }
        }
        functions.removeLast(functions.count - kept)
        let cellsInUse = Set(functions.lazy.compactMap { $0?.span.cell })
        sources.keep(only: cellsInUse)
    }

    private func clearCellFrame(_ size: Int) {
        for slot in 0..<size { runtime.stack[slot] = .void }
        runtime.top = 0
    }

    /// Globals whose declaration never ran in a failed cell are forgotten (the name stays unknown).
    private func forgetUndefinedGlobals(declaredSince snapshot: [String: GlobalVariable]) {
        for (name, global) in globals where snapshot[name]?.cell != global.cell || snapshot[name] == nil {
            if case .void = runtime.globals[global.slot] {
                globals[name] = snapshot[name]
            }
        }
    }

    /// Resolves spans to lines and columns, and frames to their lines.
    func finish(_ error: ScriptError) -> ScriptError {
        var result = error
        if let span = error.span, let source = sources[span.cell] { result.location = source.locate(span) }
        result.frames = error.pendingFrames.map { name, span in
            let line = sources[span.cell].map { $0.lineIndex(of: span.start) + 1 } ?? 0
            return StackFrame(function: name, cell: span.cell, line: line)
        }
        result.pendingFrames = []
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "{" { scalars.removeLast() }
        return String(scalars)
    }
}
