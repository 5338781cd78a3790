#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes through the C library, so modules that only
/// need a file's bytes do not pull in Foundation (and its resident memory).
public enum FileBytes {
    /// The bytes of the file at `path`, or nil when it cannot be opened or
    /// read, when it is not a regular file, or when it is longer than `limit` bytes.
    public static func read(_ path: String, limit: Int = Int.max) -> [UInt8]? {
        // Only a regular file: opening a named pipe would block, and a device such as /dev/zero never ends.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let file = fdopen(descriptor, "rb") else {
            close(descriptor)
            return nil
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if bytes.count > limit { return nil }
            if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }

    /// Writes `bytes` to `path`, replacing it; nil on success, otherwise the
    /// C library's reason (lower-case, as `strerror` words it).
    public static func write(_ bytes: [UInt8], to path: String) -> String? {
        guard let file = fopen(path, "wb") else { return reason(errno) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let failure = written == bytes.count ? nil : reason(errno)
        guard fclose(file) == 0 else { return failure ?? reason(errno) }
        return failure
    }

    /// `strerror`'s text for an error number, lower-cased.
    public static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
