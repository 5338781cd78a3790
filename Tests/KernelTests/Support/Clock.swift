#if canImport(Glibc)
import Glibc
#endif

/// Monotonic milliseconds, for timing assertions.
enum Clock {
    static func milliseconds() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int(spec.tv_sec) * 1000 + Int(spec.tv_nsec) / 1_000_000
    }

    static func sleep(milliseconds: Int) {
        usleep(UInt32(milliseconds * 1000))
    }
}
