#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Script

/// Times cells by the CPU time of the interpreter's cell thread, for the tests that tell linear work from
/// quadratic: load from other processes delays a cell by seconds of wall time on a busy machine (a linear form
/// once read 21× for four times the work), but barely changes the CPU time its own thread spends.
public enum CellCPUClock {
    /// The CPU seconds the cell thread of `interpreter` spent in `run` (which runs cells on it), or infinity
    /// when `run` says the cell failed.
    public static func seconds(on interpreter: Interpreter, _ run: () -> Bool) -> Double {
        let start = interpreter.runAsCell(currentThreadSeconds)
        guard run() else { return .infinity }
        return interpreter.runAsCell(currentThreadSeconds) - start
    }

    /// The fastest of `rounds` runs of each size, the sizes alternating so that what disturbs one run
    /// (a page-fault storm, a cold cache) falls on both alike.
    public static func fastest(rounds: Int = 5, small: Int, large: Int, _ seconds: (Int) -> Double)
        -> (small: Double, large: Double) {
        var fastest = (small: Double.infinity, large: Double.infinity)
        for _ in 0..<rounds {
            fastest.small = min(fastest.small, seconds(small))
            fastest.large = min(fastest.large, seconds(large))
        }
        return fastest
    }

    /// The CPU seconds the calling thread has spent (for work that does not run on the cell thread,
    /// such as an inspection).
    public static func currentThreadSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
