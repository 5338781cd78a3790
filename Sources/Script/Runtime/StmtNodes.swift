/// A compiled statement as an object with an overridable `execute`, for the bodies of loops: a loop calls its
/// statements' nodes itself, and a node reads its slot numbers from its own fields (a closure of a statement is
/// reached through a context of captured words, ~20–40 instructions a call). The shapes of the hottest loop
/// statements have nodes of their own; each keeps the statement's general code (`general`), which runs whenever the
/// fast case does not apply and reads the same slots again, so results and errors are the general code's.
class StmtNode {
    func execute(_ rt: Runtime) throws(ScriptError) -> Flow { .normal }

    /// Runs the statement's fast case and answers true, or answers false having done nothing (then `execute` runs).
    /// It cannot throw, so a loop calls it without the frame and checks a throwing call needs.
    func runFast(_ rt: Runtime) -> Bool { false }

    /// The statement run from a loop: the fast case, else `execute`.
    @inline(__always)
    final func run(_ rt: Runtime) throws(ScriptError) -> Flow {
        runFast(rt) ? .normal : try execute(rt)
    }
}

/// Any compiled statement, run through its closure.
final class ClosureStmtNode: StmtNode {
    let run: Exec
    init(_ run: @escaping Exec) { self.run = run }
    override func execute(_ rt: Runtime) throws(ScriptError) -> Flow { try run(rt) }
}

/// An Int, Double or Bool literal, kept as a plain value (copying it touches no reference count).
enum ScalarConstant {
    case int(Int), double(Double), bool(Bool)

    init?(_ value: Value) {
        switch value {
        case .int(let x): self = .int(x)
        case .double(let x): self = .double(x)
        case .bool(let x): self = .bool(x)
        default: return nil
        }
    }
}

/// `x += k` on an Int frame slot with an Int literal (`count += 1`).
final class SlotAddConstantNode: StmtNode {
    let slot: Int
    let constant: Int
    let general: Exec
    init(slot: Int, constant: Int, general: @escaping Exec) { self.slot = slot; self.constant = constant; self.general = general }
    override func execute(_ rt: Runtime) throws(ScriptError) -> Flow { runFast(rt) ? .normal : try general(rt) }
    override func runFast(_ rt: Runtime) -> Bool {
        let place = rt.stack + (rt.fp &+ slot)
        guard case .int(let x) = place.pointee, case (let sum, false) = x.addingReportingOverflow(constant) else { return false }
        place.initialize(to: .int(sum))
        return true
    }
}

/// `x += y` on two Int frame slots (`j += i`).
final class SlotAddSlotNode: StmtNode {
    let slot: Int
    let other: Int
    let general: Exec
    init(slot: Int, other: Int, general: @escaping Exec) { self.slot = slot; self.other = other; self.general = general }
    override func execute(_ rt: Runtime) throws(ScriptError) -> Flow { runFast(rt) ? .normal : try general(rt) }
    override func runFast(_ rt: Runtime) -> Bool {
        let frame = rt.stack + rt.fp
        guard case .int(let x) = frame[slot], case .int(let y) = frame[other],
              case (let sum, false) = x.addingReportingOverflow(y) else { return false }
        (frame + slot).initialize(to: .int(sum))
        return true
    }
}

/// `a[i] = v` or `a[i] += v` where `a` and `i` are frame slots and `v` a frame slot or a literal (sieve, fill and table
/// loops): an Int, Double or Bool stored over an element of the same type, or two Ints (no overflow) or two Doubles
/// added, where the element lies (`ArrayInPlace`: the array made unique first, never copied when it is not shared).
/// Anything else (another type, a conversion, an index out of range, no array) runs `general`.
final class SlotElementWriteNode: StmtNode {
    let array: Int
    let key: Int
    /// The value's slot, or -1 for `constant`.
    let value: Int
    let constant: ScalarConstant
    let adds: Bool
    let general: Exec
    init(array: Int, key: Int, value: Int, constant: ScalarConstant, adds: Bool, general: @escaping Exec) {
        self.array = array; self.key = key; self.value = value; self.constant = constant; self.adds = adds; self.general = general
    }

    override func execute(_ rt: Runtime) throws(ScriptError) -> Flow { runFast(rt) ? .normal : try general(rt) }

    override func runFast(_ rt: Runtime) -> Bool {
        let frame = rt.stack + rt.fp
        guard case .int(let i) = frame[key] else { return false }
        let rhs: ScalarConstant
        if value < 0 {
            rhs = constant
        } else {
            switch frame[value] {
            case .int(let x): rhs = .int(x)
            case .double(let x): rhs = .double(x)
            case .bool(let x): rhs = .bool(x)
            default: return false
            }
        }
        guard let element = ArrayInPlace.uniqueElement(frame + array, i) else { return false }
        switch rhs {
        case .int(let y):
            guard case .int(let x) = element.pointee else { break }
            if !adds { element.initialize(to: .int(y)); return true }
            guard case (let sum, false) = x.addingReportingOverflow(y) else { break }
            element.initialize(to: .int(sum))
            return true
        case .double(let y):
            guard case .double(let x) = element.pointee else { break }
            element.initialize(to: .double(adds ? x + y : y))
            return true
        case .bool(let y):
            guard !adds, case .bool = element.pointee else { break }
            element.initialize(to: .bool(y))
            return true
        }
        return false
    }
}
