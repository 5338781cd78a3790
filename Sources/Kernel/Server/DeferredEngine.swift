import Platform

/// An engine made on its own thread while the kernel already answers: `kernel_info` needs only the
/// language info, so the first reply never waits for the language to be set up (an interpreter, its
/// library, fonts); the first request that needs the engine waits until it is made.
final class DeferredEngine: KernelEngine, @unchecked Sendable {
    let info: LanguageInfo
    private let state = Condition()
    private var made: KernelEngine?

    /// Starts making the engine with `make` on a thread of its own (`stackBytes` of stack); `onReady`
    /// runs on that thread once it is made.
    init(info: LanguageInfo, stackBytes: Int = 64 << 20, make: @escaping @Sendable () -> KernelEngine,
         onReady: @escaping @Sendable () -> Void = {}) {
        self.info = info
        let started = KernelThread.spawn(stackBytes: stackBytes) { [state] in
            let engine = make()
            state.withLock {
                self.made = engine
                state.broadcast()
            }
            onReady()
        }
        if !started { made = make(); onReady() }  // no thread to be had: make it here
    }

    /// The engine, once made.
    private var engine: KernelEngine {
        state.withLock {
            while true {
                if let made { return made }
                state.wait()
            }
        }
    }

    func execute(_ code: String, context: ExecutionContext) -> ExecutionOutcome { engine.execute(code, context: context) }
    func complete(_ code: String, cursor: Int) -> CompletionReply { engine.complete(code, cursor: cursor) }
    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> InspectionReply {
        engine.inspect(code, cursor: cursor, detailLevel: detailLevel)
    }
    func isComplete(_ code: String) -> Completeness { engine.isComplete(code) }

    /// Interrupts the running cell; before the engine is made no cell runs, so there is nothing to stop.
    func interrupt() { state.withLock { made }?.interrupt() }
}
