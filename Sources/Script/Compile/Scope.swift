/// How compiled code reaches a variable: a frame slot, a boxed frame slot, a captured box, or a global slot.
enum VariableRef {
    case local(Int)
    case boxed(Int)
    case capture(Int)
    case global(Int)
}

/// A variable known at compile time.
struct Variable {
    var ref: VariableRef
    var isVar: Bool
    var isFunction: Bool = false
    /// A global computed variable (`var total: Int { … }`): the slot holds its getter, which every read calls.
    var isComputed = false
    /// The element type written for an array variable when its literals are stored differently (`var bytes:
    /// [UInt8] = []`): an empty array keeps no element type, so appends and assignments read it from here.
    var elementKind: KeyKind? = nil
    /// The type written for the variable or inferred from its initial value where it types integer literals
    /// (`Double`, `[Double]`, `[String: Double]`, `(Double, Int)`): `x = 3` then stores a Double (`LiteralTyping`).
    var declaredType: TypeAnnotation? = nil
    /// A `let` declared without a value (`let label: String` before a `switch` that sets it): `=` may initialise it.
    var initializesLater = false
}

/// A global of the session (declared at a cell's top level), kept across cells.
struct GlobalVariable {
    var slot: Int
    var isVar: Bool
    var isFunction: Bool
    var isComputed = false
    var cell: Int
    /// The declaration line, for inspect (`func train(steps: Int) -> Double`).
    var declaration: String
    /// As `Variable.elementKind`.
    var elementKind: KeyKind? = nil
    /// As `Variable.declaredType`.
    var declaredType: TypeAnnotation? = nil
    /// As `Variable.initializesLater`.
    var initializesLater = false
}

/// The compile-time view of one function (or a cell's top level): block scopes of locals and captures.
final class FunctionScope {
    let parent: FunctionScope?
    let isCell: Bool
    var blocks: [[String: Variable]] = [[:]]
    var nextSlot: Int
    var frameSize: Int
    var captures: [CaptureSource] = []
    var captureIndex: [String: Variable] = [:]
    /// Names referenced inside closures nested in this function: such locals live in boxes.
    let capturedNames: Set<String>
    var loopDepth = 0
    var switchDepth = 0
    /// The labelled statements around the code being compiled, innermost last; a label's id is its depth (1…).
    var labels: [(name: String, isLoop: Bool)] = []
    /// The label of the loop about to be compiled (0: none); the loop takes it with `takeLoopLabel()`.
    var pendingLoopLabel = 0
    /// The function's written return type: the context of the literals it returns (`LiteralTyping`).
    var returnType: TypeAnnotation?

    func takeLoopLabel() -> Int {
        defer { pendingLoopLabel = 0 }
        return pendingLoopLabel
    }

    init(parent: FunctionScope?, isCell: Bool, capturedNames: Set<String>, firstSlot: Int = 0) {
        self.parent = parent; self.isCell = isCell; self.capturedNames = capturedNames
        nextSlot = firstSlot; frameSize = firstSlot
    }

    /// True when a declaration here makes a session global (a cell's outermost block).
    var declaresGlobals: Bool { isCell && blocks.count == 1 }

    func allocateSlot() -> Int {
        let slot = nextSlot
        nextSlot += 1
        frameSize = max(frameSize, nextSlot)
        allocations[slot, default: 0] += 1
        return slot
    }

    /// How many declarations took each slot, and how many of them were payload bindings a switch lends
    /// (`EnumSwitchNode.lends`): such a slot is `.void` whenever its arm is not running.
    var allocations: [Int: Int] = [:]
    var lentBindings: [Int: Int] = [:]

    /// The slots a call must clear when it returns: all but those only ever taken by lent bindings.
    var slotsToClear: [Int] {
        (0..<frameSize).filter { slot in lentBindings[slot] == nil || allocations[slot] != lentBindings[slot] }
    }

    func pushBlock() { blocks.append([:]) }

    func popBlock() {
        blocks.removeLast()
    }

    func lookupLocal(_ name: String) -> Variable? {
        for block in blocks.reversed() { if let variable = block[name] { return variable } }
        return nil
    }

    /// Every local and captured name visible here (for "did you mean" and completion).
    var visibleNames: [String] {
        blocks.flatMap(\.keys) + captureIndex.keys + (parent?.visibleNames ?? [])
    }
}
