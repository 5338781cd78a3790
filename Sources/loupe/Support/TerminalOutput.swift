#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered text output to a file descriptor, so stdout and stderr keep
/// their relative order in `loupe run`.
struct TerminalOutput: Sendable {
    let descriptor: Int32

    static let stdout = TerminalOutput(descriptor: 1)
    static let stderr = TerminalOutput(descriptor: 2)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
