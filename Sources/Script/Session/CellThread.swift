#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// A dedicated thread with a 512 MB stack that runs cells, so the recursion limit is always the
/// language's (`Limits.maximumCallDepth`), never the process's.
final class CellThread: @unchecked Sendable {
    static let stackSize = 512 << 20
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var work: (() -> Void)?
    private var done = false
    private var started = false
    private var stopping = false
    /// Below this native stack address calls fail with `stack overflow` (0 until the thread runs, and
    /// when the cell runs on the caller's thread).
    private(set) var stackFloor = 0

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    /// Runs `body` on the big-stack thread and waits for it.
    func run<T>(_ body: @escaping () -> T) -> T {
        var result: T?
        pthread_mutex_lock(&mutex)
        if !started { started = start() }
        guard started else {
            pthread_mutex_unlock(&mutex)
            return body()
        }
        work = { result = body() }
        done = false
        pthread_cond_broadcast(&condition)
        while !done { pthread_cond_wait(&condition, &mutex) }
        pthread_mutex_unlock(&mutex)
        guard let result else { return body() }
        return result
    }

    private func start() -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, Self.stackSize)
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<CellThread>.fromOpaque(context).takeUnretainedValue().loop()
            return nil
        }, context)
        if status != 0 { Unmanaged<CellThread>.fromOpaque(context).release(); return false }
        pthread_detach(thread)
        return true
    }

    /// Lets the thread finish (the interpreter is going away).
    func stop() {
        pthread_mutex_lock(&mutex)
        stopping = true
        pthread_cond_broadcast(&condition)
        pthread_mutex_unlock(&mutex)
    }

    private func loop() {
        stackFloor = NativeStack.floor(stackSize: Self.stackSize)
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex); Unmanaged.passUnretained(self).release() }
        while true {
            while work == nil && !stopping { pthread_cond_wait(&condition, &mutex) }
            if stopping { return }
            let job = work
            work = nil
            pthread_mutex_unlock(&mutex)
            job?()
            pthread_mutex_lock(&mutex)
            done = true
            pthread_cond_broadcast(&condition)
        }
    }
}
