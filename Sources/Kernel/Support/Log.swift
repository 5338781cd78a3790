#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One-line diagnostics on stderr (where Jupyter front ends show a kernel's log).
public enum Log {
    public static func warn(_ text: String) {
        var line = Array(("loupe: " + text + "\n").utf8)
        _ = line.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
