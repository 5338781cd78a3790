#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The threads behind `Parallel.forEach`: started once, on first use, and kept waiting between
/// jobs. Kept alive because a thread created per call starts on its creator's core and is not
/// moved to the idle one for milliseconds (two 2.5 ms tasks took 5 ms that way on a 2-core VM,
/// 2.6 ms with a kept thread). Between jobs, and while the caller waits for the last tasks, a
/// thread polls (yielding the core) for up to `pollSeconds` before it sleeps: waking a sleeping
/// thread took 50–100 µs on a 2-core VM, which rounds of sub-millisecond tasks in a row (t-SNE's
/// thousand gradient steps) paid twice a round.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(threads: Parallel.width - 1)

    /// One caller's tasks; `next` and `unfinished` change only under the pool's lock.
    private final class Job {
        var body: ((Int) -> Void)?
        let count: Int
        var next = 0
        var unfinished: Int
        /// `unfinished`, readable without the lock (a hint for polling; the lock decides).
        let remaining: Atomic<Int>
        /// The caller's interrupt flag, current on the pool threads while they run the job's tasks.
        let interrupt: InterruptFlag?
        init(body: @escaping (Int) -> Void, count: Int, interrupt: InterruptFlag?) {
            self.body = body; self.count = count; unfinished = count; remaining = Atomic(count); self.interrupt = interrupt
        }
    }

    /// Guards `job` and `generation`; workers wait on it for a job, the caller for the job's end.
    private let state = Condition()
    private var job: Job?
    private var generation = 0
    /// `generation`, readable without the lock (a hint for polling).
    private let postedGeneration = Atomic<Int>(0)
    private var threads = 0
    /// How long a thread polls for a job, or for a job's last tasks, before it sleeps.
    static let pollSeconds = 0.0002

    private init(threads wanted: Int) {
        for _ in 0..<Swift.max(0, wanted) {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(self).toOpaque()
            if pthread_create(&thread, nil, Self.threadMain, context) == 0 {
                pthread_detach(thread)
                threads += 1
            } else {
                Unmanaged<WorkerPool>.fromOpaque(context).release()
            }
        }
    }

    /// Runs `body` for every task in `0..<count` with the pool's help; false (nothing run) when
    /// the pool has no threads or is busy with another job.
    func run(_ count: Int, _ body: (Int) -> Void) -> Bool {
        guard threads > 0 else { return false }
        return withoutActuallyEscaping(body) { body in
            let current = Job(body: body, count: count, interrupt: Interrupt.current)
            let posted = state.withLock {
                guard job == nil else { return false }
                job = current
                generation &+= 1
                postedGeneration.store(generation, ordering: .releasing)
                state.broadcast()
                return true
            }
            guard posted else { return false }
            work(on: current)
            Self.poll { current.remaining.load(ordering: .acquiring) == 0 }
            state.withLock {
                while current.unfinished > 0 { state.wait() }
                current.body = nil
                job = nil
            }
            return true
        }
    }

    /// Takes the job's tasks one at a time until none is left.
    private func work(on job: Job) {
        while let task = claim(job) {
            call(job, task)
            state.withLock {
                job.unfinished -= 1
                job.remaining.store(job.unfinished, ordering: .releasing)
                if job.unfinished == 0 { state.broadcast() }
            }
        }
    }

    private func claim(_ job: Job) -> Int? {
        state.withLock {
            guard job.next < job.count, job.body != nil else { return nil }
            job.next += 1
            return job.next - 1
        }
    }

    /// Runs one task. Kept out of line so the copy of `body` it holds is released before the task
    /// counts as finished: the caller then clears `body`, and no thread may still hold it when
    /// `withoutActuallyEscaping` ends. `body` is not written while a task is unfinished.
    @inline(never)
    private func call(_ job: Job, _ task: Int) {
        job.body?(task)
    }

    private func loop() {
        var seen = 0
        while true {
            Self.poll { postedGeneration.load(ordering: .acquiring) != seen }
            let current: Job? = state.withLock {
                while generation == seen || job == nil { state.wait() }
                seen = generation
                return job
            }
            if let current { Interrupt.with(current.interrupt) { work(on: current) } }
        }
    }

    /// Returns as soon as `done()`, or after `pollSeconds`, yielding the core between looks.
    private static func poll(_ done: () -> Bool) {
        guard !done() else { return }
        let start = MonotonicClock.seconds()
        repeat {
            sched_yield()
        } while !done() && MonotonicClock.seconds() - start < pollSeconds
    }

    private static let threadMain: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
        if let context { Unmanaged<WorkerPool>.fromOpaque(context).takeUnretainedValue().loop() }
        return nil
    }
}
