import Platform


/// How a statement finished.
enum Flow {
    case normal, breakLoop, continueLoop, returned
    /// `break label` / `continue label`: leaving toward the labelled statement `Runtime.jumpTarget`.
    case jump
    /// `fallthrough`: the switch runs the next case's body.
    case fallthroughCase
}

/// Compiled code: an expression evaluator and a statement executor.
typealias Eval = (Runtime) throws(ScriptError) -> Value
typealias Exec = (Runtime) throws(ScriptError) -> Flow

/// The machine state a cell runs on: one contiguous value stack with frames addressed by `fp`, the globals,
/// the current closure's captured boxes, the call depth, and the interrupt flag.
final class Runtime {
    var stack: UnsafeMutablePointer<Value>
    var stackCapacity: Int
    var fp = 0
    var top = 0
    var globals: UnsafeMutablePointer<Value>
    var globalCapacity: Int
    var captures: [Box] = []
    /// Whether `captures` is non-empty (kept as a flag so calls need not touch the array).
    var capturesInUse = false
    var depth = 0
    /// The native stack address below which calls fail with `stack overflow` (set as each cell starts).
    var stackFloor = 0
    var returnValue: Value = .void
    /// The labelled statement a `.jump` flow leaves toward (its depth) and whether it is `continue label`.
    var jumpTarget = 0
    var jumpContinues = false
    /// Final values of the last user call's parameters, read back for inout arguments.
    var inoutResults: [Value] = []
    /// Set from any thread to stop the running cell at its next loop iteration or call; current on the
    /// cell's thread while it runs, so long loops of other modules see it too (`Platform.Interrupt`).
    let interrupt = InterruptFlag()
    /// Values of expression statements while a closure runs in builder mode, with the frame that collects.
    var builderValues: [Value] = []
    var builderFrame = -1
    /// State of declared types (see `Types/`): the final `self` of the last mutating call, the nesting of
    /// instance printing, class instances whose `deinit` is still to run.
    /// (Kept at an address: a class property of a reference type is checked for exclusive access on each write.)
    let selfResult: UnsafeMutablePointer<Value>
    var hasSelfResult = false
    var printDepth = 0
    var pendingDeinits: [Instance] = []
    var hasPendingDeinits = false
    var runningDeinits = false
    /// The first error a `deinit` body raised where it could not be reported (rethrown at the next statement).
    var deinitError: ScriptError?
    unowned(unsafe) var interpreter: Interpreter!

    init() {
        stackCapacity = 1 << 12
        stack = .allocate(capacity: stackCapacity)
        stack.initialize(repeating: .void, count: stackCapacity)
        globalCapacity = 256
        globals = .allocate(capacity: globalCapacity)
        globals.initialize(repeating: .void, count: globalCapacity)
        selfResult = .allocate(capacity: 1)
        selfResult.initialize(to: .void)
    }

    deinit {
        stack.deinitialize(count: stackCapacity); stack.deallocate()
        globals.deinitialize(count: globalCapacity); globals.deallocate()
        selfResult.deinitialize(count: 1); selfResult.deallocate()
    }

    /// Makes room for `count` more stack slots above `top`.
    @inline(__always)
    func reserveStack(_ needed: Int) {
        if needed > stackCapacity { growStack(to: needed) }
    }

    /// Opens the argument area of a call at `top`: room for `count` arguments (and one slot more, as
    /// every call needs), `top` moved past them; returns the first argument's slot.
    @inline(__always)
    func openFrame(arguments count: Int) -> Int {
        let base = top
        reserveStack(base &+ count &+ 1)
        top = base &+ count
        return base
    }

    /// Sets a stack slot back to `.void`, skipping the release for values that hold no reference.
    @inline(__always)
    func clearSlot(_ slot: Int) {
        switch stack[slot] {
        case .void: return
        case .int, .double, .bool, .null: (stack + slot).initialize(to: .void)
        default: stack[slot] = .void
        }
    }

    /// Written apart from `ensureGlobals` on purpose: passing `stack` inout to one shared helper makes the
    /// compiler check exclusivity dynamically on every stack access (measured: fib(25) 3.7 → 12.6 ms).
    func growStack(to needed: Int) {
        var capacity = stackCapacity
        while capacity < needed { capacity *= 2 }
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        fresh.moveInitialize(from: stack, count: stackCapacity)
        (fresh + stackCapacity).initialize(repeating: .void, count: capacity - stackCapacity)
        stack.deallocate()
        stack = fresh
        stackCapacity = capacity
    }

    func ensureGlobals(_ count: Int) {
        guard count > globalCapacity else { return }
        var capacity = globalCapacity
        while capacity < count { capacity *= 2 }
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        fresh.moveInitialize(from: globals, count: globalCapacity)
        (fresh + globalCapacity).initialize(repeating: .void, count: capacity - globalCapacity)
        globals.deallocate()
        globals = fresh
        globalCapacity = capacity
    }

    @inline(__always)
    func checkInterrupt(at span: SourceSpan? = nil) throws(ScriptError) {
        if interrupt.isRequested && interrupt.take() {
            throw ScriptError(kind: .interrupted, message: Message.interrupted, span: span)
        }
    }

    /// Clears the frames after a failed cell so the next one starts clean.
    func reset() {
        for index in 0..<min(top + 64, stackCapacity) { stack[index] = .void }
        fp = 0; top = 0; depth = 0; captures = []; capturesInUse = false; returnValue = .void
        builderValues = []; builderFrame = -1
        selfResult.pointee = .void; hasSelfResult = false; printDepth = 0; deinitError = nil
    }
}
