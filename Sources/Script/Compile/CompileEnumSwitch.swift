/// `switch` over the cases of a declared enum, dispatched on the case tag: each arm's patterns name cases and
/// bind associated values to frame slots (`case .add(let a, let b), .mul(let a, let b):`). The arms a tag can
/// take are found once per enum type (`EnumSwitchTable`), so matching is an index and a few slot writes.
/// Other switches (and arms binding captured or nested values) take the general pattern path.
extension Compiler {
    /// One pattern of an arm: the case name and which associated value goes to which slot.
    struct EnumArmPattern {
        var name: String
        var binds: [(payload: Int, slot: Int)]
    }

    /// The declared enum a switch's patterns all name, when every pattern is a case with plain bindings.
    func enumSwitchType(_ cases: [SwitchCase]) -> DeclaredType? {
        var names: [String] = []
        var typeName: String?
        for switchCase in cases where !switchCase.isDefault {
            for pattern in switchCase.patterns {
                guard let (written, name, _) = Self.simpleCasePattern(pattern) else { return nil }
                if let written { typeName = written }
                names.append(name)
            }
        }
        guard !names.isEmpty else { return nil }
        let type: DeclaredType?
        if let typeName { type = resolveDeclaredType(typeName) }
        else if let context = typeContext, names.allSatisfy({ context.type.caseIndex[$0] != nil }) { type = context.type }
        else {
            type = session.typeRegistry.types.values.filter { candidate in
                candidate.kind == .enumeration && names.allSatisfy { candidate.caseIndex[$0] != nil }
            }.max(by: { $0.serial < $1.serial })
        }
        guard let type, type.kind == .enumeration else { return nil }
        for switchCase in cases where !switchCase.isDefault {
            for pattern in switchCase.patterns {
                guard let (_, name, items) = Self.simpleCasePattern(pattern), let tag = type.caseIndex[name] else { return nil }
                if let items, items.count != type.cases[tag].labels.count { return nil }
            }
        }
        return type
    }

    /// `.name`, `.name(let a, _)`, `let .name(a, b)`, `Type.name(…)`: (type, case name, bound names or nil for `_`).
    static func simpleCasePattern(_ pattern: Pattern) -> (String?, String, [String?]?)? {
        switch pattern {
        case .letBinding(let inner): return simpleCasePattern(inner)
        case .enumCase(let type, let name, let items, _):
            guard let items else { return (type, name, nil) }
            var names: [String?] = []
            for item in items {
                switch item.pattern {
                case .binding(let bound, _), .letBinding(.binding(let bound, _)): names.append(bound)
                case .wildcard: names.append(nil)
                default: return nil
                }
            }
            return (type, name, names)
        default: return nil
        }
    }

    /// The arm's patterns, declaring their bindings (one variable per name across the arm's patterns);
    /// nil when a binding is not a plain frame slot (a closure captures it).
    func compileArmPatterns(_ switchCase: SwitchCase, lends: Bool = false) throws(ScriptError) -> [EnumArmPattern]? {
        var patterns: [EnumArmPattern] = []
        var slots: [String: Int] = [:]
        for pattern in switchCase.patterns {
            guard let (_, name, items) = Self.simpleCasePattern(pattern) else { return nil }
            var binds: [(payload: Int, slot: Int)] = []
            for (position, bound) in (items ?? []).enumerated() {
                guard let bound else { continue }
                if let slot = slots[bound] { binds.append((position, slot)); continue }
                guard case .local(let slot) = try declare(bound, isVar: false, span: switchCase.span) else { return nil }
                if lends { scope.lentBindings[slot, default: 0] += 1 }
                slots[bound] = slot
                binds.append((position, slot))
            }
            patterns.append(EnumArmPattern(name: name, binds: binds))
        }
        return patterns
    }

    /// Whether the switch can be a tag dispatch (checked before compiling anything).
    func isEnumSwitch(_ cases: [SwitchCase]) -> Bool {
        guard enumSwitchType(cases) != nil else { return false }
        let captured = scope.capturedNames
        for switchCase in cases where !switchCase.isDefault {
            for pattern in switchCase.patterns {
                guard let (_, _, items) = Self.simpleCasePattern(pattern) else { return false }
                if (items ?? []).contains(where: { $0.map(captured.contains) ?? false }) { return false }
            }
        }
        return true
    }

    /// A statement `switch` dispatched on the enum tag; nil when the general path applies.
    func compileEnumSwitch(_ subject: Expr, _ cases: [SwitchCase], _ span: SourceSpan) throws(ScriptError) -> Exec? {
        guard isEnumSwitch(cases) else { return nil }
        let subjectEval = try compileExpr(subject)
        var arms: [EnumSwitchArm] = []
        var patterns: [(arm: Int, pattern: EnumArmPattern?)] = []
        scope.switchDepth += 1
        defer { scope.switchDepth -= 1 }
        for switchCase in cases {
            scope.pushBlock()
            let armPatterns = switchCase.isDefault ? [] : try compileArmPatterns(switchCase) ?? []
            let guardTest = try switchCase.guardExpr.map { (expr) throws(ScriptError) in try compileCondition(expr) }
            let body = try compileBlock(switchCase.body)
            scope.popBlock()
            if switchCase.isDefault { patterns.append((arms.count, nil)) }
            for pattern in armPatterns { patterns.append((arms.count, pattern)) }
            arms.append(EnumSwitchArm(guardTest: guardTest, body: body))
        }
        let table = EnumSwitchTable(patterns)
        let run: (Int, Runtime) throws(ScriptError) -> Flow? = { arm, rt throws(ScriptError) in
            let entry = arms[arm]
            if let guardTest = entry.guardTest, !(try guardTest(rt)) { return nil }
            return try Compiler.runCase(arm, count: arms.count) { (next) throws(ScriptError) in try arms[next].body(rt) }
        }
        return { rt throws(ScriptError) in
            let value = try subjectEval(rt)
            if case .instance(let instance) = value {
                for choice in try table.range(for: instance, span: span) {
                    let index = table.choices[choice]
                    table.bind(index, instance, rt)
                    if let flow = try run(table.armOf[index], rt) { return flow }
                }
            } else {
                for index in table.choices(forOther: value) { if let flow = try run(table.armOf[index], rt) { return flow } }
            }
            throw ScriptError(kind: .runtime, message: Message.switchExhaustive(), span: span)
        }
    }

    /// A returning `switch` (every arm ends in `return`) as a node, for function bodies on the direct path.
    func enumSwitchNode(_ subject: Expr, _ cases: [SwitchCase], _ span: SourceSpan,
                        arm body: ([Stmt]) throws(ScriptError) -> ExprNode) throws(ScriptError) -> ExprNode {
        // `switch e` on a local without guards: the instance is read where it is (no move out of the slot and
        // release after); a guard could assign the variable before the next pattern binds from the instance.
        var subjectSlot = -1
        let guarded = cases.contains { $0.guardExpr != nil }
        // Without guards, the payloads are lent to their bindings (see `EnumSwitchNode.lends`) when the subject
        // stays put while an arm runs: a `let` or parameter (nothing in a node body assigns it) or a computed value.
        var lends = !guarded
        if case .identifier(let name) = subject.kind, !subject.startsOptionalChain, !guarded,
           let variable = lookup(name), case .local(let slot) = variable.ref {
            subjectSlot = slot
            lends = !variable.isVar
        }
        let subjectNode = subjectSlot >= 0 ? ConstantNode(.void) : try compileNode(subject)
        var arms: [EnumSwitchNodeArm] = []
        var patterns: [(arm: Int, pattern: EnumArmPattern?)] = []
        for switchCase in cases {
            // Only one arm runs: each arm's bindings and locals reuse the frame slots of the arm before (fewer slots
            // to clear when the call returns).
            let firstSlot = scope.nextSlot
            defer { scope.nextSlot = firstSlot }
            scope.pushBlock()
            let armPatterns = switchCase.isDefault ? [] : try compileArmPatterns(switchCase, lends: lends) ?? []
            let savedMovable = movableSlots
            let bound = switchCase.patterns.flatMap { Self.simpleCasePattern($0)?.2 ?? [] }.compactMap { $0 }
            let armBody = switchCase.body + (switchCase.guardExpr.map { [Stmt(.expression($0), $0.span)] } ?? [])
            if !lends { movableSlots.formUnion(singleUseSlots(bound, in: armBody, excludingSelf: false)) }
            defer { movableSlots = savedMovable }
            let guardNode = try switchCase.guardExpr.map { (expr) throws(ScriptError) in try compileNode(expr) }
            let bodyNode = try body(switchCase.body)
            scope.popBlock()
            if switchCase.isDefault { patterns.append((arms.count, nil)) }
            for pattern in armPatterns { patterns.append((arms.count, pattern)) }
            arms.append(EnumSwitchNodeArm(guardNode: guardNode, body: bodyNode, span: switchCase.guardExpr?.span ?? span))
        }
        return EnumSwitchNode(subjectNode, subjectSlot: subjectSlot, lends: lends, EnumSwitchTable(patterns), arms, span)
    }
}

/// An arm of a statement switch: its guard and body.
final class EnumSwitchArm {
    let guardTest: ((Runtime) throws(ScriptError) -> Bool)?
    let body: Exec
    init(guardTest: ((Runtime) throws(ScriptError) -> Bool)?, body: @escaping Exec) { self.guardTest = guardTest; self.body = body }
}

/// An arm of a returning switch node: its guard (must be Bool) and the body's value.
final class EnumSwitchNodeArm {
    let guardNode: ExprNode?
    let body: ExprNode
    let span: SourceSpan
    init(guardNode: ExprNode?, body: ExprNode, span: SourceSpan) { self.guardNode = guardNode; self.body = body; self.span = span }

    /// The body's value, or nil when the guard is false.
    @inline(__always)
    func run(_ rt: Runtime) throws(ScriptError) -> Value? {
        if let guardNode {
            let test = try guardNode.evaluate(rt)
            guard case .bool(let flag) = test else { throw TernaryNode.notBoolean(test, span) }
            if !flag { return nil }
        }
        return try body.evaluate(rt)
    }
}

/// The patterns of an enum switch in source order, and for the enum type last seen, which of them each case
/// tag can take (in order, the `default` last). Kept in plain buffers: matching reads indices and touches no
/// reference count.
final class EnumSwitchTable {
    let patterns: [(arm: Int, pattern: Compiler.EnumArmPattern?)]
    /// Per pattern: its arm.
    let armOf: UnsafeMutableBufferPointer<Int>
    /// Per pattern, its bindings: from `bindStart[pattern]` in `bindWalk`, pairs of (slot, payload) as byte offsets
    /// into the frame and the fields, ended by -1 (a walk with no count to compute).
    let bindStart: UnsafeMutableBufferPointer<Int>
    let bindWalk: UnsafeMutableBufferPointer<Int>
    /// For the type last seen: the patterns of each tag, as ranges of `choices`.
    private(set) var tagStart: UnsafeMutableBufferPointer<Int> = .allocate(capacity: 1)
    private(set) var choices: UnsafeMutableBufferPointer<Int> = .allocate(capacity: 1)
    private unowned(unsafe) var type: DeclaredType?
    /// `type`'s identity, compared without touching its reference count.
    private(set) var typeIdentity: UnsafeMutableRawPointer?
    /// For `type`: the first pattern each tag can take (-1: none), what a switch without guards runs.
    private(set) var firstPattern: UnsafeMutableBufferPointer<Int> = .allocate(capacity: 1)
    private let defaults: [Int]

    init(_ patterns: [(arm: Int, pattern: Compiler.EnumArmPattern?)]) {
        self.patterns = patterns
        defaults = patterns.indices.filter { patterns[$0].pattern == nil }
        armOf = .allocate(capacity: max(1, patterns.count))
        bindStart = .allocate(capacity: max(1, patterns.count))
        let bindCount = patterns.reduce(0) { $0 + ($1.pattern?.binds.count ?? 0) }
        bindWalk = .allocate(capacity: 2 * bindCount + patterns.count + 1)
        let stride = MemoryLayout<Value>.stride
        var walk = 0
        for (index, entry) in patterns.enumerated() {
            armOf[index] = entry.arm
            bindStart[index] = walk
            for bind in entry.pattern?.binds ?? [] {
                bindWalk[walk] = bind.slot * stride; bindWalk[walk + 1] = bind.payload * stride; walk += 2
            }
            bindWalk[walk] = -1; walk += 1
        }
        tagStart.initialize(repeating: 0)
        firstPattern.initialize(repeating: -1)
    }

    deinit {
        for buffer in [armOf, bindStart, bindWalk, tagStart, choices, firstPattern] { buffer.deallocate() }
    }

    /// The range of `choices` for an instance (learning its type's tags on first sight); the patterns for other
    /// values (`.symbol` cases written without a type, anything else only `default`) as a list.
    @inline(__always)
    func range(for instance: Instance, span: SourceSpan) throws(ScriptError) -> Range<Int> {
        let instanceType = instance.type
        if instanceType !== type { try learn(instanceType, span: span) }
        let tag = instance.tag
        return tagStart[tag]..<tagStart[tag &+ 1]
    }

    /// `range(for:span:)` for an instance borrowed from a place (nothing retained).
    @inline(__always)
    func range(forBorrowed instance: Unmanaged<Instance>, span: SourceSpan) throws(ScriptError) -> Range<Int> {
        let (identity, tag) = instance._withUnsafeGuaranteedRef { (Unmanaged.passUnretained($0.type).toOpaque(), $0.tag) }
        if identity == typeIdentity { return tagStart[tag]..<tagStart[tag &+ 1] }
        return try range(for: instance.takeUnretainedValue(), span: span)
    }

    func choices(forOther value: Value) -> [Int] {
        if case .symbol(let name) = value {
            return patterns.indices.filter { patterns[$0].pattern.map { $0.name == name && $0.binds.isEmpty } ?? true }
        }
        return defaults
    }

    private func learn(_ enumType: DeclaredType, span: SourceSpan) throws(ScriptError) {
        var table = Array(repeating: [Int](), count: enumType.cases.count)
        for (index, entry) in patterns.enumerated() {
            guard let pattern = entry.pattern else {
                for tag in table.indices { table[tag].append(index) }
                continue
            }
            guard let tag = enumType.caseIndex[pattern.name] else { continue }
            if let last = pattern.binds.map(\.payload).max(), last >= enumType.cases[tag].labels.count {
                throw ScriptError(kind: .type, message: "pattern '.\(pattern.name)' does not match the associated values of '\(enumType.name)'", span: span)
            }
            table[tag].append(index)
        }
        tagStart.deallocate(); choices.deallocate(); firstPattern.deallocate()
        firstPattern = .allocate(capacity: max(1, table.count))
        firstPattern.initialize(repeating: -1)
        for (tag, list) in table.enumerated() { firstPattern[tag] = list.first ?? -1 }
        tagStart = .allocate(capacity: table.count + 1)
        choices = .allocate(capacity: max(1, table.reduce(0) { $0 + $1.count }))
        var next = 0
        for (tag, list) in table.enumerated() {
            tagStart[tag] = next
            for index in list { choices[next] = index; next += 1 }
        }
        tagStart[table.count] = next
        type = enumType
        typeIdentity = Unmanaged.passUnretained(enumType).toOpaque()
    }

    /// Stores the associated values pattern `index` binds into their frame slots.
    @inline(__always)
    func bind(_ index: Int, _ instance: Instance, _ rt: Runtime) {
        bind(index, fields: instance.fields, rt)
    }

    /// Runs `body` on the frame slot of each payload pattern `index` binds, with the payload's address.
    @inline(__always)
    private func forEachBinding(_ index: Int, _ fields: UnsafeMutablePointer<Value>, _ rt: Runtime,
                                _ body: (UnsafeMutablePointer<Value>, UnsafeMutablePointer<Value>) -> Void) {
        let frame = UnsafeMutableRawPointer(rt.stack + rt.fp), source = UnsafeMutableRawPointer(fields)
        var walk = bindWalk.baseAddress.unsafelyUnwrapped + bindStart[index]
        while walk[0] >= 0 {
            body((frame + walk[0]).assumingMemoryBound(to: Value.self), (source + walk[1]).assumingMemoryBound(to: Value.self))
            walk += 2
        }
    }

    /// Copies the bound payloads of pattern `index` from an instance's fields into their frame slots.
    @inline(__always)
    func bind(_ index: Int, fields: UnsafeMutablePointer<Value>, _ rt: Runtime) {
        forEachBinding(index, fields, rt) { target, payload in
            // A slot not bound yet holds `.void`: nothing to release there.
            if case .void = target.pointee { target.initialize(to: payload.pointee) } else { target.pointee = payload.pointee }
        }
    }

    /// Lends the bound payloads of pattern `index` to their frame slots: bit copies, no retain (the instance keeps
    /// them). `forget` must clear the slots before the instance can go.
    @inline(__always)
    func lend(_ index: Int, fields: UnsafeMutablePointer<Value>, _ rt: Runtime) {
        // The slots hold `.void`: only one arm runs per call, and `forget` cleared any lent before.
        forEachBinding(index, fields, rt) { target, payload in
            UnsafeMutableRawPointer(target).copyMemory(from: payload, byteCount: MemoryLayout<Value>.size)
        }
    }

    /// Sets the slots `lend` filled for pattern `index` back to `.void` without releasing what they hold.
    @inline(__always)
    func forget(_ index: Int, fields: UnsafeMutablePointer<Value>, _ rt: Runtime) {
        forEachBinding(index, fields, rt) { target, _ in target.initialize(to: .void) }
    }
}

/// A returning `switch` over an enum as a node (the body of `func eval(_ e: Expr) -> Double { switch e { … } }`).
/// Arms are reached through unmanaged references, so dispatch retains nothing but the subject.
final class EnumSwitchNode: ExprNode {
    let subject: ExprNode
    /// The frame slot holding the subject when it is read in place (-1: `subject` is evaluated).
    let subjectSlot: Int
    /// Whether bindings are lent (`EnumSwitchTable.lend`): set when no arm has a guard and the subject cannot change
    /// while an arm runs. Such bindings are never moved out (the compiler reads them by copy), so a slot still holds
    /// the lent bits when the arm ends, and is cleared then, also when the arm throws.
    let lends: Bool
    let table: EnumSwitchTable
    let arms: [EnumSwitchNodeArm]
    private let armRefs: UnsafeMutableBufferPointer<Unmanaged<EnumSwitchNodeArm>>
    /// Per pattern: its arm's body (`lendsSlot` runs it directly: such arms have no guard).
    private let patternBodies: UnsafeMutableBufferPointer<Unmanaged<ExprNode>>
    /// `lends` on a subject read in place: the short path of `evaluate`.
    private let lendsSlot: Bool
    let span: SourceSpan

    init(_ subject: ExprNode, subjectSlot: Int, lends: Bool, _ table: EnumSwitchTable, _ arms: [EnumSwitchNodeArm], _ span: SourceSpan) {
        self.subject = subject; self.subjectSlot = subjectSlot; self.lends = lends; self.table = table; self.arms = arms; self.span = span
        lendsSlot = lends && subjectSlot >= 0
        armRefs = .allocate(capacity: max(1, arms.count))
        for (index, arm) in arms.enumerated() { armRefs[index] = Unmanaged.passUnretained(arm) }
        let count = table.patterns.count
        patternBodies = .allocate(capacity: max(1, count))
        for index in 0..<count { patternBodies[index] = Unmanaged.passUnretained(arms[table.patterns[index].arm].body) }
    }

    deinit { armRefs.deallocate(); patternBodies.deallocate() }

    /// Runs an arm reached through its unmanaged reference (an untyped throwing closure, as `Runtime.runDirect`).
    @inline(__always)
    private static func run(_ arm: Unmanaged<EnumSwitchNodeArm>, _ rt: Runtime) throws(ScriptError) -> Value? {
        do {
            return try arm._withUnsafeGuaranteedRef { try $0.run(rt) }
        } catch let error as ScriptError {
            throw error
        } catch {
            throw ScriptError(kind: .runtime, message: "\(error)")
        }
    }

    override func evaluate(_ rt: Runtime) throws(ScriptError) -> Value {
        if lendsSlot, let (index, fields, _) = lentPattern(rt) { return try runLent(index, fields, rt) }
        return try evaluateGeneral(rt)
    }

    /// The short path (for `lendsSlot`): when the subject's slot holds an instance of the type last seen and its tag
    /// has a pattern, that pattern (the first the tag can take: no guards), the instance's fields and its type's
    /// identity; nil for anything else.
    @inline(__always)
    func lentPattern(_ rt: Runtime) -> (index: Int, fields: UnsafeMutablePointer<Value>, identity: UnsafeMutableRawPointer)? {
        guard let instance = Instance.borrowed(rt.stack + (rt.fp &+ subjectSlot)) else { return nil }
        let (identity, tag, fields) = instance._withUnsafeGuaranteedRef {
            (Unmanaged.passUnretained($0.type).toOpaque(), $0.tag, $0.fields)
        }
        guard identity == table.typeIdentity else { return nil }
        let index = table.firstPattern[tag]
        return index >= 0 ? (index, fields, identity) : nil
    }

    /// The switch a direct call may run in place of its body (see `DirectTarget.lentSwitch`): one that lends from
    /// the frame's slot 0 (the parameter).
    var switchesOnFirstSlot: Bool { lendsSlot && subjectSlot == 0 }

    /// Lends pattern `index`'s payloads, runs its body and clears the lent slots (also when the body throws).
    @inline(__always)
    func runLent(_ index: Int, _ fields: UnsafeMutablePointer<Value>, _ rt: Runtime) throws(ScriptError) -> Value {
        table.lend(index, fields: fields, rt)
        let result: Value
        do {
            result = try patternBodies[index]._withUnsafeGuaranteedRef { try $0.evaluate(rt) }
        } catch {
            table.forget(index, fields: fields, rt)
            throw (error as? ScriptError) ?? ScriptError(kind: .runtime, message: "\(error)")
        }
        table.forget(index, fields: fields, rt)
        return result
    }

    /// `lentPattern` and `runLent` for a direct call (see `DirectTarget.lentSwitch`): the arm's value when the
    /// parameter in slot 0 is an instance of `type` the switch knows; nil when the call must check and run its body.
    @inline(__always)
    static func runLent(_ node: Unmanaged<EnumSwitchNode>, ifOf type: UnsafeMutableRawPointer?,
                        _ rt: Runtime) throws(ScriptError) -> Value? {
        do {
            return try node._withUnsafeGuaranteedRef { node in
                guard let (index, fields, identity) = node.lentPattern(rt), identity == type else { return nil }
                return try node.runLent(index, fields, rt)
            }
        } catch {
            throw (error as? ScriptError) ?? ScriptError(kind: .runtime, message: "\(error)")
        }
    }

    /// Every other subject: another type or value, a tag no pattern takes, guards, bindings that are not lent.
    @inline(never)
    private func evaluateGeneral(_ rt: Runtime) throws(ScriptError) -> Value {
        if subjectSlot >= 0 {
            // The slot keeps the instance while the patterns bind (no guards: the first matching arm answers).
            let place = rt.stack + (rt.fp &+ subjectSlot)
            if let instance = Instance.borrowed(place) { return try dispatch(instance, rt) }
            return try dispatch(other: place.pointee, rt)
        }
        var value = try subject.evaluate(rt)
        // The subject's instance is borrowed (no retain): `value` holds it until the switch is done.
        defer { withExtendedLifetime(value) {} }
        if let instance = withUnsafeMutablePointer(to: &value, { Instance.borrowed($0) }) { return try dispatch(instance, rt) }
        return try dispatch(other: value, rt)
    }

    /// Binds and runs the first arm whose pattern and guard match the borrowed instance.
    @inline(__always)
    private func dispatch(_ instance: Unmanaged<Instance>, _ rt: Runtime) throws(ScriptError) -> Value {
        let fields = instance._withUnsafeGuaranteedRef { $0.fields }
        let choices = try table.range(forBorrowed: instance, span: span)
        if lends, let choice = choices.first {
            // No guards: the first pattern the tag can take answers.
            let index = table.choices[choice]
            table.lend(index, fields: fields, rt)
            let result: Value?
            do throws(ScriptError) { result = try Self.run(armRefs[table.armOf[index]], rt) } catch {
                table.forget(index, fields: fields, rt)
                throw error
            }
            table.forget(index, fields: fields, rt)
            if let result { return result }
        }
        for choice in choices where !lends {
            let index = table.choices[choice]
            table.bind(index, fields: fields, rt)
            if let result = try Self.run(armRefs[table.armOf[index]], rt) { return result }
        }
        throw ScriptError(kind: .runtime, message: Message.switchExhaustive(), span: span)
    }

    /// The arms for a subject that is no instance (a `.symbol` case, or only `default`).
    private func dispatch(other value: Value, _ rt: Runtime) throws(ScriptError) -> Value {
        for index in table.choices(forOther: value) {
            if let result = try arms[table.armOf[index]].run(rt) { return result }
        }
        throw ScriptError(kind: .runtime, message: Message.switchExhaustive(), span: span)
    }
}

extension Compiler {
    /// The frame slots of `names` (plain locals) that `body` reads exactly once and no nested closure uses:
    /// node trees move them out instead of copying (a method's `self` is excluded, it is handed back).
    func singleUseSlots(_ names: [String], in body: [Stmt], excludingSelf: Bool) -> Set<Int> {
        var counts: [String: Int] = [:]
        for statement in body {
            NameAnalysis.visit(statement, nested: false) { name, nested in counts[name, default: 0] += nested ? 2 : 1 }
        }
        var slots = Set<Int>()
        for name in Set(names) where counts[name] == 1 && !(excludingSelf && name == "self") {
            if let variable = scope.lookupLocal(name), case .local(let slot) = variable.ref { slots.insert(slot) }
        }
        return slots
    }
}
