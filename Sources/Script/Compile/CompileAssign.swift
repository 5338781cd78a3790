/// An assignable place: a variable and a path into it, with the code of every subscript key in path order.
struct LValue {
    /// The code of one subscript key: a frame slot or constant read inline, or a closure. Kept in a struct so the
    /// array stores the closure as it is: a closure stored in an array directly is called through two
    /// reabstraction thunks (measured: ~100 instructions of each `a[k] = k`).
    struct Key {
        let operand: Compiler.Operand

        @inline(__always)
        func value(_ rt: Runtime) throws(ScriptError) -> Value { try operand.read(rt) }
    }

    var root: VariableRef
    var components: [PathComponent] = []
    var keys: [Key] = []
    /// Set when the root is a `let`: the message if the value turns out not to be a reference (checked at run time).
    var letMessage: String?
    /// With `letMessage`: the depth of the first member step when only subscripts lead to it (`people[0].age = 3`
    /// through a `let` array): the value there must be a reference; 0 checks the root itself.
    var letCheckDepth = 0
    /// The root variable's name (`self` for a property used bare inside a member).
    var rootName = ""
}

/// What a compiled place is asked to do (see `PlaceAccess`).
enum PlaceRequest { case assign, update, take }

/// A compiled place. `access(rt, operand, request, body)` evaluates the path's keys, then `operand` (Swift's order:
/// `a[i()] = v()` calls `i` first), then walks to the place and runs `body(&place, operand)` on it in place.
/// With `.assign`, a native setter on the last step receives the operand directly; `.take` reads through natives.
typealias PlaceAccess = (Runtime, Eval?, PlaceRequest, (inout Value, Value) throws(ScriptError) -> Void) throws(ScriptError) -> Void

/// Assignment (`=`, `+=` …) to variables, elements, tuple members; and inout access.
extension Compiler {
    func compileLValue(_ expr: Expr, forInout: Bool = false) throws(ScriptError) -> LValue {
        var lvalue = try compilePath(expr, forInout: forInout)
        guard lvalue.letMessage != nil else { return lvalue }
        let root = lvalue.rootName
        if forInout { throw error(.type, Message.immutableInout(root), expr.span) }
        if root == "self" { lvalue.letMessage = "cannot assign to property: 'self' is immutable" }
        if case .subscriptKey = lvalue.components.last {
            lvalue.letMessage = Message.assignThroughSubscript(toLet: root)
        } else if !lvalue.components.isEmpty, root != "self" {
            lvalue.letMessage = Message.assignToLetProperty(root)
        }
        // Only a property of a reference (a class instance, a class-like native) can be set through a `let`,
        // also one reached through elements of a `let` array or dictionary (`let people = [Person(…)]`).
        if let depth = lvalue.components.firstIndex(where: { if case .member = $0 { true } else { false } }),
           lvalue.components[..<depth].allSatisfy({ if case .member = $0 { false } else { true } }) {
            lvalue.letCheckDepth = depth
            return lvalue
        }
        throw error(.type, lvalue.letMessage ?? Message.assignToLet(root), expr.span)
    }

    private func compilePath(_ expr: Expr, forInout: Bool, throughMember: Bool = false) throws(ScriptError) -> LValue {
        switch expr.kind {
        case .dollar(let number):
            // `$0 += x` in a closure whose first parameter is inout (`reduce(into:)`).
            return try compilePath(Expr(.identifier("$\(number)"), expr.span), forInout: forInout)
        case .identifier(let name):
            if let member = implicitSelf(name, expr.span) { return try compilePath(member, forInout: forInout) }
            guard let variable = lookup(name) else { throw nameError(name, expr.span) }
            let letMessage = variable.isComputed ? Message.assignToGetOnly(name) : variable.isVar ? nil : Message.assignToLet(name)
            return LValue(root: variable.ref, letMessage: letMessage, rootName: name)
        case .subscriptAccess(let base, let arguments):
            var lvalue = try compilePath(base, forInout: forInout)
            let first = lvalue.keys.count
            for argument in arguments { lvalue.keys.append(LValue.Key(operand: try operand(argument.value))) }
            lvalue.components.append(.subscriptKey(first: first, count: arguments.count, labels: arguments.map(\.label), expr.span))
            return lvalue
        case .member(let base, let name, let nameSpan):
            if let (root, isLet) = try staticLValueRoot(base, name, nameSpan, throughMember: throughMember) {
                return LValue(root: root, letMessage: isLet ? Message.assignToLetProperty(name) : nil, rootName: name)
            }
            var lvalue = try compilePath(base, forInout: forInout, throughMember: true)
            lvalue.components.append(.member(name, nameSpan))
            return lvalue
        case .tupleIndex(let base, let index):
            var lvalue = try compilePath(base, forInout: forInout)
            lvalue.components.append(.tupleIndex(index, expr.span))
            return lvalue
        case .forceUnwrap(let base):
            var lvalue = try compilePath(base, forInout: forInout)
            lvalue.components.append(.forceUnwrap(expr.span))
            return lvalue
        case .optionalChain(let base):
            var lvalue = try compilePath(base, forInout: forInout)
            lvalue.components.append(.optionalChain)
            return lvalue
        default:
            throw error(.syntax, forInout ? Message.inoutNotLValue : "cannot assign to this expression", expr.span)
        }
    }

    /// The code that reaches an lvalue's place (see `PlaceAccess`). A `let` root is an error found here, unless
    /// the path goes into a native value with reference semantics (an optimizer), which is then checked at run time.
    func compileAccess(_ lvalue: LValue, _ span: SourceSpan) throws(ScriptError) -> PlaceAccess {
        if let element = compileSlotElementAccess(lvalue, span) { return element }
        let modify = modifier(lvalue.root)
        let keyEvals = lvalue.keys
        if lvalue.components.isEmpty {
            return { rt, operand, _, body throws(ScriptError) in
                let value = try operand?(rt) ?? .void
                try modify(rt) { (place: inout Value) throws(ScriptError) in try body(&place, value) }
            }
        }
        let walker = compileWalker(lvalue, span)
        return { rt, operand, request, body throws(ScriptError) in
            try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(1, keyEvals.count)) { (buffer) throws(ScriptError) in
                guard let keys = buffer.baseAddress else { return }
                var evaluated = 0
                defer { keys.deinitialize(count: evaluated) }
                while evaluated < keyEvals.count {
                    (keys + evaluated).initialize(to: try keyEvals[evaluated].value(rt))
                    evaluated += 1
                }
                try walker(rt, keys, try operand?(rt) ?? .void, request, body)
            }
        }
    }

    /// A frame or global variable's slot: whether it is in the frame, and its index; nil for boxes and captures.
    static func slotRoot(_ ref: VariableRef) -> (isLocal: Bool, slot: Int)? {
        switch ref {
        case .local(let index): (true, index)
        case .global(let index): (false, index)
        default: nil
        }
    }

    /// The entry `key` of the dictionary in a frame or global slot, changed by `body` in place; false when the slot
    /// holds no dictionary.
    static func modifySlotEntry(_ rt: Runtime, _ isLocal: Bool, _ slot: Int, _ key: Value, defaultValue: Value?, assigns: Bool,
                                _ keySpan: SourceSpan, _ rhs: Value,
                                _ body: (inout Value, Value) throws(ScriptError) -> Void) throws(ScriptError) -> Bool {
        guard var dict = Value.takeDictionary(&Compiler.slot(rt, isLocal, slot).pointee) else { return false }
        defer { Compiler.slot(rt, isLocal, slot).pointee = .dictionary(dict) }
        try Places.modifyEntry(&dict, key, defaultValue: defaultValue, assigns: assigns, keySpan) { (entry) throws(ScriptError) in
            try body(&entry, rhs)
        }
        return true
    }

    /// `d[key, default: start] += delta` with Ints on the dictionary in a frame or global slot, in place; false when
    /// the slot holds no dictionary or the general path must run (`OrderedDictionary.addInt`).
    static func addToSlotEntry(_ rt: Runtime, _ isLocal: Bool, _ slot: Int, _ key: Int, _ start: Int, _ delta: Int) -> Bool {
        let place = Compiler.slot(rt, isLocal, slot)
        guard var dict = Value.takeDictionary(&place.pointee) else { return false }
        defer { place.pointee = .dictionary(dict) }
        return dict.addInt(delta, toIntKey: key, default: start)
    }

    /// Runs the general walk of a place with two keys already evaluated.
    static func walk(_ walker: PlaceWalker, _ rt: Runtime, keys first: Value, _ second: Value, _ rhs: Value, _ request: PlaceRequest,
                     _ body: @escaping (inout Value, Value) throws(ScriptError) -> Void) throws(ScriptError) {
        try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { (buffer) throws(ScriptError) in
            guard let keys = buffer.baseAddress else { return }
            keys.initialize(to: first)
            (keys + 1).initialize(to: second)
            defer { keys.deinitialize(count: 2) }
            try walker(rt, UnsafePointer(keys), rhs, request, body)
        }
    }

    /// The address of a frame or global slot, read again after anything that may call user code (a call can grow
    /// the stack and move it).
    @inline(__always)
    static func slot(_ rt: Runtime, _ isLocal: Bool, _ slot: Int) -> UnsafeMutablePointer<Value> {
        isLocal ? rt.stack + (rt.fp &+ slot) : rt.globals + slot
    }

    /// `a[i]` where `a` is a frame or global variable (`ps[i].step()`, `swap(&a[i], &a[j])`): when the array is there
    /// and the Int index in range, the body runs on the element of the array moved out of its slot; otherwise the
    /// general walk runs with the key already computed.
    private func compileSlotElementAccess(_ lvalue: LValue, _ span: SourceSpan) -> PlaceAccess? {
        guard lvalue.components.count == 1, lvalue.letMessage == nil, lvalue.keys.count == 1,
              case .subscriptKey(_, 1, [nil], _) = lvalue.components[0] else { return nil }
        guard let (isLocal, slot) = Compiler.slotRoot(lvalue.root) else { return nil }
        let walker = compileWalker(lvalue, span)
        let key = lvalue.keys[0]
        return { rt, operand, request, body throws(ScriptError) in
            var index = try key.value(rt)
            let value = try operand?(rt) ?? .void
            let place = Compiler.slot(rt, isLocal, slot)
            if case .int(let i) = index, var items = Value.takeArray(&place.pointee) {
                defer { Compiler.slot(rt, isLocal, slot).pointee = .array(items) }
                if i >= 0, i < items.count { try body(&items[i], value); return }
            }
            try withUnsafePointer(to: &index) { (keys) throws(ScriptError) in try walker(rt, keys, value, request, body) }
        }
    }

    /// Runs a request on an lvalue's place whose keys are already evaluated (in path order at `keys`).
    typealias PlaceWalker = (Runtime, UnsafePointer<Value>, Value, PlaceRequest,
                             (inout Value, Value) throws(ScriptError) -> Void) throws(ScriptError) -> Void

    func compileWalker(_ lvalue: LValue, _ span: SourceSpan) -> PlaceWalker {
        let modify = modifier(lvalue.root)
        let components = lvalue.components, letMessage = lvalue.letMessage, letCheckDepth = lvalue.letCheckDepth
        let deepLetCheck = letMessage.map { PlaceWalk.LetCheck(depth: letCheckDepth, message: $0, span: span) }
        return { rt, keys, value, request, body throws(ScriptError) in
            let mode: PlaceMode = switch request { case .assign: .assign(value); case .update: .update; case .take: .take }
            let walk = PlaceWalk(components: components, keys: keys, mode: mode, rt: rt, letCheck: letCheckDepth > 0 ? deepLetCheck : nil)
            try modify(rt) { (root: inout Value) throws(ScriptError) in
                if let letMessage, letCheckDepth == 0, !Places.allowsWritesThroughLet(root) {
                    throw ScriptError(kind: .type, message: letMessage, span: span)
                }
                try Places.modify(&root, walk, 0) { (place: inout Value) throws(ScriptError) in try body(&place, value) }
            }
        }
    }

    /// `a[i] = v`, `a[i] op= v`, `g[i][j] = v`, `g[i][j] op= v`, `d[k] op= v` and `d[k, default: v] op= v` where
    /// `a`/`g`/`d` is a frame or global variable: when the arrays are there and the Int indices in range (or the
    /// dictionary is there), the element is written straight into the containers moved out of their places (the
    /// write of most loops, grids, counts and dynamic-programming tables); otherwise the general walk runs with the
    /// keys and value already computed (each evaluated once).
    func compileElementWrite(_ op: String, _ lvalue: LValue, _ value: Operand, _ span: SourceSpan) -> Exec? {
        let depth = lvalue.components.count
        if depth == 1, lvalue.letMessage == nil, lvalue.keys.count == 2,
           case .subscriptKey(_, 2, [nil, "default"], _) = lvalue.components[0] {
            return compileDefaultEntryWrite(op, lvalue, value, span)
        }
        guard depth == 1 || depth == 2, lvalue.letMessage == nil, lvalue.keys.count == depth,
              lvalue.components.allSatisfy({ if case .subscriptKey(_, 1, [nil], _) = $0 { true } else { false } }) else { return nil }
        guard let (isLocal, slot) = Compiler.slotRoot(lvalue.root) else { return nil }
        let walker = compileWalker(lvalue, span)
        let request: PlaceRequest = op == "=" ? .assign : .update
        let body = Compiler.compound(op)
        let adds = op == "+="
        if depth == 2 {
            return compileNestedElementWrite(lvalue, value, isLocal: isLocal, slot: slot, walker, request, body, adds: adds, span)
        }
        let key = lvalue.keys[0]
        guard case .subscriptKey(_, _, _, let keySpan) = lvalue.components[0] else { return nil }
        let general: Exec = { rt throws(ScriptError) in
            var index = try key.value(rt)
            let rhs = try value.read(rt)
            let place = Compiler.slot(rt, isLocal, slot)
            if case .int(let i) = index, var items = Value.takeArray(&place.pointee) {
                defer { Compiler.slot(rt, isLocal, slot).pointee = .array(items) }
                if i >= 0, i < items.count {
                    if request == .assign { items[i] = try KeyKind.assigned(rhs, over: items[i], span: span); return .normal }
                    if adds, Compiler.addInPlace(&items[i], rhs) { return .normal }
                    do throws(ScriptError) { try body(&items[i], rhs) } catch { throw error.located(at: span) }
                    return .normal
                }
            }
            do throws(ScriptError) {
                if try Compiler.modifySlotEntry(rt, isLocal, slot, index, defaultValue: nil, assigns: request == .assign, keySpan, rhs, body) {
                    return .normal
                }
                try withUnsafePointer(to: &index) { (keys) throws(ScriptError) in try walker(rt, keys, rhs, request, body) }
            } catch { throw error.located(at: span) }
            return .normal
        }
        guard isLocal, request == .assign || adds, case .local(let keySlot) = key.operand else { return general }
        return Compiler.slotKeyWrite(slot: slot, keySlot: keySlot, value, adds: adds, general: general)
    }

    /// `a[i] = v` / `a[i] += v` on a frame slot `a` with a frame-slot index `i` and a slot or constant value (the
    /// write of fill, sieve and table loops): the closure holds slot numbers only, and writes the element when the
    /// array is there, `i` in range and (for `+=`) both are Ints or Doubles without overflow; anything else runs
    /// `general`, which reads the same slots again (no side effects in between) and gives the usual result or error.
    private static func slotKeyWrite(slot: Int, keySlot: Int, _ value: Operand, adds: Bool, general: @escaping Exec) -> Exec {
        switch value {
        case .local(let valueSlot):
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if case .int(let i) = frame[keySlot], Compiler.storeElement(frame + slot, i, frame[valueSlot], adds: adds) { return .normal }
                return try general(rt)
            }
        case .constant(let constant):
            return { rt throws(ScriptError) in
                let frame = rt.stack + rt.fp
                if case .int(let i) = frame[keySlot], Compiler.storeElement(frame + slot, i, constant, adds: adds) { return .normal }
                return try general(rt)
            }
        case .computed: return general
        }
    }

    /// Stores (or, with `adds`, adds) `rhs` into element `i` of the array in `place`, where it lies (`ArrayInPlace`);
    /// false, with the array's elements left as they were, when `place` holds no array, `i` is out of range or the
    /// store or addition needs the general path.
    @inline(__always)
    static func storeElement(_ place: UnsafeMutablePointer<Value>, _ i: Int, _ rhs: Value, adds: Bool) -> Bool {
        ArrayInPlace.withElement(place, i) { element -> Bool? in
            if adds { return Compiler.addInPlace(element, rhs) ? true : nil }
            if ArrayInPlace.storeScalar(element, rhs) { return true }
            guard let stored = try? KeyKind.assigned(rhs, over: element.pointee) else { return nil }  // the general path says why
            element.pointee = stored
            return true
        } ?? false
    }

    /// `d[k, default: v] op= rhs` on a dictionary in a frame or global slot (counts, histograms, groupings).
    private func compileDefaultEntryWrite(_ op: String, _ lvalue: LValue, _ value: Operand, _ span: SourceSpan) -> Exec? {
        guard let (isLocal, slot) = Compiler.slotRoot(lvalue.root) else { return nil }
        let walker = compileWalker(lvalue, span)
        let request: PlaceRequest = op == "=" ? .assign : .update
        let body = Compiler.compound(op)
        let keyCode = lvalue.keys[0], defaultCode = lvalue.keys[1]
        let adds = op == "+="
        guard case .subscriptKey(_, _, _, let keySpan) = lvalue.components[0] else { return nil }
        return { rt throws(ScriptError) in
            let key = try keyCode.value(rt), defaultValue = try defaultCode.value(rt)
            let rhs = try value.read(rt)
            if adds, case .int(let k) = key, case .int(let start) = defaultValue, case .int(let delta) = rhs,
               Compiler.addToSlotEntry(rt, isLocal, slot, k, start, delta) { return .normal }
            do throws(ScriptError) {
                if try Compiler.modifySlotEntry(rt, isLocal, slot, key, defaultValue: defaultValue, assigns: request == .assign, keySpan, rhs, body) {
                    return .normal
                }
                try Compiler.walk(walker, rt, keys: key, defaultValue, rhs, request, body)
            } catch { throw error.located(at: span) }
            return .normal
        }
    }

    /// The two-level form of `compileElementWrite`: an Int or Double added to an Int or Double element, or an Int,
    /// Double or Bool stored over one, is written where it lies (`ArrayInPlace`); otherwise both arrays are moved
    /// out and the element written in place.
    private func compileNestedElementWrite(_ lvalue: LValue, _ value: Operand, isLocal: Bool, slot: Int,
                                              _ walker: @escaping PlaceWalker, _ request: PlaceRequest,
                                              _ body: @escaping (inout Value, Value) throws(ScriptError) -> Void,
                                              adds: Bool, _ span: SourceSpan) -> Exec {
        let outerKey = lvalue.keys[0], innerKey = lvalue.keys[1]
        return { rt throws(ScriptError) in
            let first = try outerKey.value(rt), second = try innerKey.value(rt)
            let rhs = try value.read(rt)
            let place = Compiler.slot(rt, isLocal, slot)
            if case .int(let i) = first, case .int(let j) = second,
               ArrayInPlace.withElement(place, i, { row in
                   ArrayInPlace.withElement(row, j) { element -> Bool? in
                       if adds { return Compiler.addInPlace(element, rhs) ? true : nil }
                       return request == .assign && ArrayInPlace.storeScalar(element, rhs) ? true : nil
                   }
               }) == true { return .normal }
            if case .int(let i) = first, case .int(let j) = second, var rows = Value.takeArray(&place.pointee) {
                defer { Compiler.slot(rt, isLocal, slot).pointee = .array(rows) }
                if i >= 0, i < rows.count, var row = Value.takeArray(&rows[i]) {
                    defer { rows[i] = .array(row) }
                    if j >= 0, j < row.count {
                        if request == .assign { row[j] = try KeyKind.assigned(rhs, over: row[j], span: span); return .normal }
                        do throws(ScriptError) { try body(&row[j], rhs) } catch { throw error.located(at: span) }
                        return .normal
                    }
                }
            }
            do throws(ScriptError) { try Compiler.walk(walker, rt, keys: first, second, rhs, request, body) } catch { throw error.located(at: span) }
            return .normal
        }
    }

    func compileAssignment(_ op: String, _ target: Expr, _ valueExpr: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let (target, valueExpr) = typedAssignment(op, target, valueExpr)
        if let selfField = try compileSelfFieldAssignment(op, target, valueExpr, span) { return selfField.eval }
        return Compiler.assignmentValue(try compileAssignmentCode(op, target, try assignedOperand(op, target, valueExpr), span))
    }

    /// The value of `target op valueExpr`: its literals converted to an array's written element type, and wrapped
    /// when `=` stores into an optional.
    private func assignedOperand(_ op: String, _ target: Expr, _ valueExpr: Expr) throws(ScriptError) -> Operand {
        let value = typedArrayValue(op, target, try operand(valueExpr), valueExpr.span)
        return op == "=" && assignsOptional(target) ? Compiler.optionalOperand(value) : value
    }

    /// An assignment as a statement: the same code as `compileAssignment`, giving the statement's `.normal` itself
    /// (no expression closure and `Value` in between).
    func compileAssignmentStatement(_ op: String, _ target: Expr, _ valueExpr: Expr, _ span: SourceSpan) throws(ScriptError) -> Exec {
        let (target, valueExpr) = typedAssignment(op, target, valueExpr)
        if let selfField = try compileSelfFieldAssignment(op, target, valueExpr, span) { return selfField.statement }
        return try compileAssignmentCode(op, target, try assignedOperand(op, target, valueExpr), span)
    }

    /// An assignment of an already compiled value: to a variable, or through the place's path.
    func compileAssignmentThroughPlaces(_ op: String, _ target: Expr, _ value: @escaping Eval, _ span: SourceSpan) throws(ScriptError) -> Eval {
        Compiler.assignmentValue(try compileAssignmentCode(op, target, typedArrayValue(op, target, .computed(value), span), span))
    }

    /// An assignment statement's code used as an expression: its value is `()`.
    static func assignmentValue(_ statement: @escaping Exec) -> Eval {
        { rt throws(ScriptError) in _ = try statement(rt); return .void }
    }

    /// The code of an assignment whose value is `value`, as a statement (an assignment used as an expression
    /// wraps it: its value is `()`).
    func compileAssignmentCode(_ op: String, _ target: Expr, _ value: Operand, _ span: SourceSpan) throws(ScriptError) -> Exec {
        if case .discard = target.kind { return { rt throws(ScriptError) in _ = try value.read(rt); return .normal } }
        if case .tuple(let items) = target.kind, op == "=" {
            let assign = try compileTupleAssignment(items, value.eval, span)
            return { rt throws(ScriptError) in _ = try assign(rt); return .normal }
        }
        if op == "=", case .identifier(let name) = target.kind, implicitSelf(name, target.span) == nil,
           let variable = lookup(name), variable.initializesLater {
            let current = reader(variable.ref), assign = compileVariableAssignment(op, variable.ref, value, span)
            return { rt throws(ScriptError) in
                guard case .void = try current(rt) else {
                    throw ScriptError(kind: .runtime, message: Message.initializedTwice(name), span: target.span)
                }
                return try assign(rt)
            }
        }
        let lvalue = try compileLValue(target)
        if lvalue.components.isEmpty, lvalue.letMessage == nil {
            return compileVariableAssignment(op, lvalue.root, value, span)
        }
        if let element = compileElementWrite(op, lvalue, value, span) { return element }
        let access = try compileAccess(lvalue, target.span)
        let eval = value.eval
        if op == "=" {
            return { rt throws(ScriptError) in
                do throws(ScriptError) {
                    try access(rt, eval, .assign) { (place: inout Value, rhs: Value) throws(ScriptError) in place = try KeyKind.assigned(rhs, over: place) }
                } catch { throw error.located(at: span) }
                return .normal
            }
        }
        let combine = Compiler.compound(op)
        return { rt throws(ScriptError) in
            do throws(ScriptError) { try access(rt, eval, .update, combine) } catch { throw error.located(at: span) }
            return .normal
        }
    }

    /// What `place op= rhs` does, chosen once per site: `=` stores; `+=` adds Ints and Doubles in place and appends
    /// to an array; the other operators apply their implementation (`Operators.function`).
    static func compound(_ op: String) -> (inout Value, Value) throws(ScriptError) -> Void {
        guard op != "=" else { return { place, rhs throws(ScriptError) in place = try KeyKind.assigned(rhs, over: place) } }
        let binaryOp = String(op.dropLast())
        let combine = Operators.function(binaryOp)
        guard binaryOp == "+" else { return { place, rhs throws(ScriptError) in place = try combine(place, rhs) } }
        return { place, rhs throws(ScriptError) in
            if Compiler.addInPlace(&place, rhs) { return }
            switch place {
            case .array, .string: try Places.append(&place, rhs); return
            default: place = try combine(place, rhs)
            }
        }
    }

    /// `x = value` and `x op= value` on a plain variable, with a frame slot written inline and `+=` on Int and
    /// Double inline. A literal stored over a fixed-width integer or a Float takes its type (`KeyKind.assigned`).
    private func compileVariableAssignment(_ op: String, _ ref: VariableRef, _ value: Operand,
                                              _ span: SourceSpan) -> Exec {
        if op == "=" {
            if case .local(let slot) = ref {
                return { rt throws(ScriptError) in
                    let rhs = try value.read(rt)
                    switch rhs {
                    case .int, .double: rt.stack[rt.fp &+ slot] = try KeyKind.assigned(rhs, over: rt.stack[rt.fp &+ slot], span: span)
                    default: rt.stack[rt.fp &+ slot] = rhs
                    }
                    return .normal
                }
            }
            let write = writer(ref), read = reader(ref)
            return { rt throws(ScriptError) in
                let rhs = try value.read(rt)
                switch rhs {
                case .int, .double: write(rt, try KeyKind.assigned(rhs, over: try read(rt), span: span))
                default: write(rt, rhs)
                }
                return .normal
            }
        }
        if op == "+=", let fast = fastIncrement(ref, value, span) { return fast }
        let modify = modifier(ref)
        let combine = Compiler.compound(op)
        return { rt throws(ScriptError) in
            let rhs = try value.read(rt)
            do throws(ScriptError) {
                try modify(rt) { (place: inout Value) throws(ScriptError) in try combine(&place, rhs) }
            } catch { throw error.located(at: span) }
            return .normal
        }
    }

    /// `x += value` on a frame or global slot, with the Int and Double cases inline (and an Int slot or constant
    /// added to an Int slot without a `Value` in between).
    func fastIncrement(_ ref: VariableRef, _ value: Operand, _ span: SourceSpan) -> Exec? {
        switch ref {
        case .global(let slot):
            return { rt throws(ScriptError) in
                let rhs = try value.read(rt)
                if Compiler.addInPlace(rt.globals + slot, rhs) { return .normal }
                var place = Value.take(&rt.globals[slot])
                defer { rt.globals[slot] = place }
                do throws(ScriptError) { try Places.append(&place, rhs) } catch { throw error.located(at: span) }
                return .normal
            }
        case .local(let slot):
            if case .constant(.int(let y)) = value {
                return { rt throws(ScriptError) in
                    let place = rt.stack + (rt.fp &+ slot)
                    if case .int(let x) = place.pointee, case (let sum, false) = x.addingReportingOverflow(y) {
                        place.initialize(to: .int(sum))
                        return .normal
                    }
                    return try Compiler.incrementSlot(rt, slot, .int(y), span)
                }
            }
            if case .local(let other) = value {
                return { rt throws(ScriptError) in
                    let frame = rt.stack + rt.fp
                    if case .int(let x) = frame[slot], case .int(let y) = frame[other], case (let sum, false) = x.addingReportingOverflow(y) {
                        (frame + slot).initialize(to: .int(sum))
                        return .normal
                    }
                    return try Compiler.incrementSlot(rt, slot, frame[other], span)
                }
            }
            return { rt throws(ScriptError) in try Compiler.incrementSlot(rt, slot, try value.read(rt), span) }
        default: return nil
        }
    }

    /// `slot += rhs` on a frame slot: Ints and Doubles in place, arrays appended to (the error of other types is
    /// the operator's own).
    private static func incrementSlot(_ rt: Runtime, _ slot: Int, _ rhs: Value, _ span: SourceSpan) throws(ScriptError) -> Flow {
        if Compiler.addInPlace(rt.stack + (rt.fp &+ slot), rhs) { return .normal }
        var place = Value.take(&rt.stack[rt.fp &+ slot])
        defer { rt.stack[rt.fp &+ slot] = place }
        do throws(ScriptError) { try Places.append(&place, rhs) } catch { throw error.located(at: span) }
        return .normal
    }

    /// `place += rhs` for two Ints (no overflow) or two Doubles, written in place without copying or
    /// releasing the old value (it holds no reference); false when the general path must run.
    @inline(__always)
    static func addInPlace(_ place: inout Value, _ rhs: Value) -> Bool {
        withUnsafeMutablePointer(to: &place) { addInPlace($0, rhs) }
    }

    @inline(__always)
    static func addInPlace(_ place: UnsafeMutablePointer<Value>, _ rhs: Value) -> Bool {
        if case .int(let x) = place.pointee, case .int(let y) = rhs, case (let sum, false) = x.addingReportingOverflow(y) {
            place.initialize(to: .int(sum))
            return true
        }
        if case .double(let x) = place.pointee, case .double(let y) = rhs {
            place.initialize(to: .double(x + y))
            return true
        }
        return false
    }

    /// `(a, b) = (b, a)`.
    func compileTupleAssignment(_ items: [(String?, Expr)], _ value: @escaping Eval, _ span: SourceSpan) throws(ScriptError) -> Eval {
        let targets = try items.map { (item) throws(ScriptError) -> PlaceAccess? in
            if case .discard = item.1.kind { return nil }
            return try compileAccess(try compileLValue(item.1), item.1.span)
        }
        return { rt throws(ScriptError) in
            let result = try value(rt)
            guard case .tuple(let tuple) = result, tuple.elements.count == targets.count else {
                throw ScriptError(kind: .type, message: Message.tupleArity(targets.count, 1), span: span)
            }
            for (target, element) in zip(targets, tuple.elements) {
                try target?(rt, { _ in element }, .assign) { (place: inout Value, rhs: Value) in place = rhs }
            }
            return .void
        }
    }
}
