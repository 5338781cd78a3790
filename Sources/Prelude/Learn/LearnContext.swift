import Script

/// What the Learn builtins share in one session: the interpreter (for callbacks, interrupts and
/// the cell's random generator) and the display channel (for live training views).
final class LearnContext {
    unowned let interpreter: Interpreter
    let channel: DisplayChannel
    /// Numbers each `fit` call, so its live displays get ids of their own.
    private(set) var fitCount = 0

    init(interpreter: Interpreter, channel: DisplayChannel) { self.interpreter = interpreter; self.channel = channel }

    func nextFitNumber() -> Int { fitCount += 1; return fitCount }
}
