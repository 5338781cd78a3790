/// `for … in … where …` over ranges (a native Int loop, no allocation), arrays, dictionaries, strings.
extension Compiler {
    func compileFor(_ pattern: Pattern, _ sequence: Expr, _ filter: Expr?, _ body: [Stmt]) throws(ScriptError) -> Exec {
        let label = scope.takeLoopLabel()
        let sequenceEval: Eval
        var rangeBounds: (Eval, Eval, Bool)?
        // `for (i, x) in s.enumerated()`: a cell's own sequence is enumerated one element at a time.
        var enumeratedBase: Eval?
        if case .binary(let op, let lhs, let rhs, _) = sequence.kind, op == "..<" || op == "..." {
            rangeBounds = (try compileExpr(lhs), try compileExpr(rhs), op == "...")
            sequenceEval = { _ in .void }
        } else if case .call(let callee, let arguments) = sequence.kind, arguments.isEmpty,
                  case .member(let base, "enumerated", _) = callee.kind {
            enumeratedBase = try compileExpr(base)
            sequenceEval = { _ in .void }
        } else {
            sequenceEval = try compileExpr(sequence)
        }
        scope.pushBlock()
        defer { scope.popBlock() }
        var fastSlot: Int?
        if case .binding(let name, let span) = pattern, !scope.capturedNames.contains(name), !scope.declaresGlobals {
            if case .local(let slot) = try declare(name, isVar: false, span: span) { fastSlot = slot }
        }
        let bind = fastSlot == nil ? try compileBindingPattern(pattern, isVar: false, span: sequence.span) : nil
        let test = try filter.map { (expr) throws(ScriptError) in try compileCondition(expr) }
        let elementTest = filter.flatMap(slotElementTest)
        scope.loopDepth += 1
        let loopBody = try compileLoopBody(body)
        scope.loopDepth -= 1
        let run = loopBody.exec
        let span = sequence.span

        /// One iteration: bind, filter, run; returns false to stop the loop (break) and sets `returned`.
        let iterate: (Runtime, Value) throws(ScriptError) -> Flow
        if let slot = fastSlot {
            iterate = { rt, value throws(ScriptError) in
                rt.stack[rt.fp &+ slot] = value
                if let test, !(try test(rt)) { return .normal }
                return try run(rt)
            }
        } else {
            let bind = bind ?? { _, _ in }
            iterate = { rt, value throws(ScriptError) in
                try bind(rt, value)
                if let test, !(try test(rt)) { return .normal }
                return try run(rt)
            }
        }

        if let (lowerEval, upperEval, closed) = rangeBounds {
            guard let slot = fastSlot else {
                return { rt throws(ScriptError) in
                    try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                        try iterate(rt, .int(index))
                    }
                }
            }
            // The loop variable's slot is written in place when it holds no reference (the Int of the previous
            // iteration), and the filter and body are called by the loop itself.
            if case .one(let node) = loopBody {
                guard let test else {
                    return { rt throws(ScriptError) in
                        try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                            Compiler.setLoopIndex(rt, slot, index)
                            return try node.run(rt)
                        }
                    }
                }
                if let (array, key) = elementTest {
                    // `where a[k]`: a Bool element is tested where it lies; anything else runs the condition.
                    return { rt throws(ScriptError) in
                        try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                            Compiler.setLoopIndex(rt, slot, index)
                            let frame = rt.stack + rt.fp
                            if case .int(let i) = frame[key], let flag = ArrayInPlace.boolElement(frame + array, i) {
                                return flag ? try node.run(rt) : .normal
                            }
                            return try test(rt) ? try node.run(rt) : .normal
                        }
                    }
                }
                return { rt throws(ScriptError) in
                    try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                        Compiler.setLoopIndex(rt, slot, index)
                        return try test(rt) ? try node.run(rt) : .normal
                    }
                }
            }
            guard let test else {
                return { rt throws(ScriptError) in
                    try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                        Compiler.setLoopIndex(rt, slot, index)
                        return try run(rt)
                    }
                }
            }
            return { rt throws(ScriptError) in
                try Compiler.rangeLoop(rt, lowerEval, upperEval, closed, span, label, iterate) { rt, index throws(ScriptError) in
                    Compiler.setLoopIndex(rt, slot, index)
                    return try test(rt) ? try run(rt) : .normal
                }
            }
        }
        if let enumeratedBase {
            return { rt throws(ScriptError) in
                var base = try enumeratedBase(rt)
                if UserSequences.isSequence(base) { return try Compiler.iterateEnumerated(base, rt, span, label, iterate) }
                var none: [Value] = []
                let pairs = try Members.callMethod(&base, "enumerated", &none, labels: [], trailing: [], nameSpan: span, span: span, rt: rt)
                return try Compiler.iterate(pairs, rt, span, label, iterate)
            }
        }
        return { rt throws(ScriptError) in try Compiler.iterate(try sequenceEval(rt), rt, span, label, iterate) }
    }

    /// `for (i, x) in s.enumerated()` over a cell's own sequence: (offset, element) pairs, one at a time.
    static func iterateEnumerated(_ sequence: Value, _ rt: Runtime, _ span: SourceSpan, _ label: Int,
                                  _ iterate: (Runtime, Value) throws(ScriptError) -> Flow) throws(ScriptError) -> Flow {
        var offset = 0
        return try Compiler.iterate(sequence, rt, span, label) { rt, element throws(ScriptError) in
            defer { offset += 1 }
            return try iterate(rt, .tuple(TupleValue(elements: [.int(offset), element], labels: ["offset", "element"])))
        }
    }

    /// Writes a range loop's index into its slot, in place when the slot holds no reference.
    @inline(__always)
    static func setLoopIndex(_ rt: Runtime, _ slot: Int, _ index: Int) {
        let place = rt.stack + (rt.fp &+ slot)
        switch place.pointee {
        case .void, .int: place.initialize(to: .int(index))
        default: place.pointee = .int(index)
        }
    }

    /// `for i in lower..<upper` / `lower...upper`: a native Int loop calling `iterateIndex` when both bounds are
    /// Ints, else `iterate` over the range value's elements.
    @inline(__always)
    static func rangeLoop(_ rt: Runtime, _ lowerEval: Eval, _ upperEval: Eval, _ closed: Bool, _ span: SourceSpan, _ label: Int,
                          _ iterate: (Runtime, Value) throws(ScriptError) -> Flow,
                          _ iterateIndex: (Runtime, Int) throws(ScriptError) -> Flow) throws(ScriptError) -> Flow {
        let lowerValue = try lowerEval(rt), upperValue = try upperEval(rt)
        guard case .int(let lower) = lowerValue, case .int(var upper) = upperValue else {
            return try Compiler.iterate(try Operators.makeRange(lowerValue, upperValue, closed: closed), rt, span, label, iterate)
        }
        if closed {
            if upper == Int.max { throw ScriptError(kind: .runtime, message: Message.overflow, span: span) }
            upper += 1
        }
        if lower > upper { throw ScriptError(kind: .runtime, message: Message.badRange, span: span) }
        var index = lower
        while index < upper {
            try rt.checkInterrupt(at: span)
            let flow = try iterateIndex(rt, index)
            if flow != .normal, let exit = flow.loopExit(rt, label: label) { return exit }
            index &+= 1
        }
        return .normal
    }

    /// Runs `iterate` over each element of a sequence value.
    static func iterate(_ sequence: Value, _ rt: Runtime, _ span: SourceSpan, _ label: Int,
                        _ iterate: (Runtime, Value) throws(ScriptError) -> Flow) throws(ScriptError) -> Flow {
        if UserSequences.isSequence(sequence) {
            // A cell's own sequence is asked for one element at a time: an endless one stops at `break`.
            var exit = Flow.normal
            try UserSequences.forEach(sequence, rt: rt, span: span) { element throws(ScriptError) in
                let flow = try iterate(rt, element)
                guard flow != .normal, let stop = flow.loopExit(rt, label: label) else { return true }
                exit = stop
                return false
            }
            return exit
        }
        let elements = try Sequences.elements(of: sequence, span: span)
        for element in elements {
            try rt.checkInterrupt(at: span)
            let flow = try iterate(rt, element)
            if flow != .normal, let exit = flow.loopExit(rt, label: label) { return exit }
        }
        return .normal
    }
}

/// Turning sequence values (ranges, arrays, dictionaries, strings, a cell's own sequences) into elements.
enum Sequences {
    static func elements(of sequence: Value, span: SourceSpan?) throws(ScriptError) -> [Value] {
        switch sequence {
        case .array(let items): return items
        case .range(let range):
            guard let bounds = range.intRange else {
                if case .int = range.lower, case .int = range.upper {
                    throw ScriptError(kind: .runtime, message: Message.allocation(Int.max), span: span)
                }
                throw ScriptError(kind: .type, message: Message.notSequence(sequence.typeName), span: span)
            }
            try Limits.checkAllocation(bounds.count)
            return bounds.map(Value.int)
        case .dictionary(let dict):
            return dict.pairs.map { .tuple(TupleValue(elements: [$0.key.value, $0.value], labels: ["key", "value"])) }
        case .string(let text): return try StringCharacters.values(of: text)
        case .native(let object as ArraySliceValue): return object.items
        case .native(let object as SetValue): return object.elements
        case .native(let object as StringViewValue): return try object.elements()
        case .instance(let instance) where UserSequences.isSequence(sequence):
            return try UserSequences.elements(of: sequence, rt: instance.type.session.runtime, span: span)
        default:
            throw ScriptError(kind: .type, message: Message.notSequence(sequence.typeName), span: span)
        }
    }
}
