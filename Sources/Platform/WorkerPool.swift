#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The threads behind `Parallel.forEach`: started once, on first use, and kept waiting on a
/// condition variable between jobs. Kept alive because a thread created per call starts on its
/// creator's core and is not moved to the idle one for milliseconds (two 2.5 ms tasks took 5 ms
/// that way on a 2-core VM, 2.6 ms with a kept thread).
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(threads: Parallel.width - 1)

    /// One caller's tasks; `next` and `unfinished` change only under the pool's mutex.
    private final class Job {
        var body: ((Int) -> Void)?
        let count: Int
        var next = 0
        var unfinished: Int
        init(body: @escaping (Int) -> Void, count: Int) { self.body = body; self.count = count; unfinished = count }
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>
    private let finished: UnsafeMutablePointer<pthread_cond_t>
    private var job: Job?
    private var generation = 0
    private var started = 0

    private init(threads: Int) {
        mutex = .allocate(capacity: 1); mutex.initialize(to: pthread_mutex_t()); pthread_mutex_init(mutex, nil)
        wake = .allocate(capacity: 1); wake.initialize(to: pthread_cond_t()); pthread_cond_init(wake, nil)
        finished = .allocate(capacity: 1); finished.initialize(to: pthread_cond_t()); pthread_cond_init(finished, nil)
        for _ in 0..<Swift.max(0, threads) {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(self).toOpaque()
            if pthread_create(&thread, nil, Self.threadMain, context) == 0 {
                pthread_detach(thread)
                started += 1
            } else {
                Unmanaged<WorkerPool>.fromOpaque(context).release()
            }
        }
    }

    /// Runs `body` for every task in `0..<count` with the pool's help; false (nothing run) when
    /// the pool has no threads or is busy with another job.
    func run(_ count: Int, _ body: (Int) -> Void) -> Bool {
        guard started > 0 else { return false }
        return withoutActuallyEscaping(body) { body in
            pthread_mutex_lock(mutex)
            guard job == nil else { pthread_mutex_unlock(mutex); return false }
            let current = Job(body: body, count: count)
            job = current
            generation &+= 1
            pthread_cond_broadcast(wake)
            pthread_mutex_unlock(mutex)

            work(on: current)

            pthread_mutex_lock(mutex)
            while current.unfinished > 0 { pthread_cond_wait(finished, mutex) }
            current.body = nil
            job = nil
            pthread_mutex_unlock(mutex)
            return true
        }
    }

    /// Takes the job's tasks one at a time until none is left.
    private func work(on job: Job) {
        while let task = claim(job) {
            call(job, task)
            pthread_mutex_lock(mutex)
            job.unfinished -= 1
            if job.unfinished == 0 { pthread_cond_signal(finished) }
            pthread_mutex_unlock(mutex)
        }
    }

    private func claim(_ job: Job) -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard job.next < job.count, job.body != nil else { return nil }
        job.next += 1
        return job.next - 1
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
            pthread_mutex_lock(mutex)
            while generation == seen || job == nil { pthread_cond_wait(wake, mutex) }
            seen = generation
            let current = job
            pthread_mutex_unlock(mutex)
            if let current { work(on: current) }
        }
    }

    private static let threadMain: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
        if let context { Unmanaged<WorkerPool>.fromOpaque(context).takeUnretainedValue().loop() }
        return nil
    }
}
