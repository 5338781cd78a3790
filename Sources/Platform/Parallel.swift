#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a fixed number of independent tasks on the machine's cores: the way rendering and data
/// passes use both cores of a small machine. Callers split their work into a number of tasks
/// that does not depend on the core count, so results are the same on any machine; only the
/// number of threads that run them varies.
public enum Parallel {
    /// How many threads `forEach` uses at most: the online processors, capped at 8.
    public static let width: Int = {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return Swift.max(1, Swift.min(8, Int(online)))
    }()

    /// Calls `body(task)` once for every task in `0..<count` and returns when all have returned.
    /// Task 0 runs on the calling thread; the others are spread over at most `width − 1` extra
    /// threads, each taking every `width`-th task. When a thread cannot be started its tasks run
    /// on the caller, so the work is always done.
    public static func forEach(_ count: Int, _ body: (Int) -> Void) {
        let threads = Swift.min(count, width)
        guard threads > 1 else {
            for task in 0..<Swift.max(0, count) { body(task) }
            return
        }
        withoutActuallyEscaping(body) { body in
            var started: [(pthread_t, Unmanaged<Worker>)] = []
            for lane in 1..<threads {
                let worker = Unmanaged.passRetained(Worker(lane: lane, stride: threads, count: count, body: body))
                var thread = pthread_t()
                if pthread_create(&thread, nil, Worker.main, worker.toOpaque()) == 0 {
                    started.append((thread, worker))
                } else {
                    worker.takeRetainedValue().run()
                }
            }
            Worker(lane: 0, stride: threads, count: count, body: body).run()
            for (thread, worker) in started {
                pthread_join(thread, nil)
                worker.release()
            }
        }
    }

    /// One thread's share of the tasks: `lane`, `lane + stride`, … below `count`.
    private final class Worker {
        let lane: Int, stride: Int, count: Int
        let body: (Int) -> Void

        init(lane: Int, stride: Int, count: Int, body: @escaping (Int) -> Void) {
            self.lane = lane; self.stride = stride; self.count = count; self.body = body
        }

        func run() {
            var task = lane
            while task < count { body(task); task += stride }
        }

        static let main: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
            if let context { Unmanaged<Worker>.fromOpaque(context).takeUnretainedValue().run() }
            return nil
        }
    }
}
