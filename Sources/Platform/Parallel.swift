#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a fixed number of independent tasks on the machine's cores (a kept pool of threads):
/// the way rendering uses both cores of a small machine. Callers split their work into a number of tasks
/// that does not depend on the core count, so results are the same on any machine; only the
/// number of threads that run them varies.
public enum Parallel {
    /// How many threads `forEach` uses at most: the online processors, capped at 8, or fewer when
    /// the environment variable `LOUPE_THREADS` asks for fewer (`LOUPE_THREADS=1`: no extra threads).
    public static let width: Int = {
        let online = Swift.max(1, Swift.min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        guard let text = getenv("LOUPE_THREADS"), let asked = Int(String(cString: text)), asked >= 1 else { return online }
        return Swift.min(online, asked)
    }()

    /// Calls `body(task)` once for every task in `0..<count` and returns when all have returned.
    /// The caller and up to `width − 1` pool threads take tasks in turn. When the pool is already
    /// running another caller's tasks (or `forEach` is called from inside a task), the caller runs
    /// all of its tasks itself, so nested and concurrent calls never wait on each other.
    public static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1, width > 1, WorkerPool.shared.run(count, body) else {
            for task in 0..<Swift.max(0, count) { body(task) }
            return
        }
    }
}
