#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Reads a data file a cell names (CSV, model files) safely: only a regular file (a directory,
/// a named pipe or a device such as `/dev/zero` is refused before a byte is read, and opening
/// never blocks), at most `limit` bytes, in chunks handed to the caller as they arrive so a
/// parser never holds the whole text.
enum DataFile {
    static let chunkBytes = 1 << 20

    /// Calls `body` with successive chunks of the file at `path`.
    /// `size` is told the file's size first.
    static func forEachChunk(_ path: String, limit: Int, size: (Int) -> Void = { _ in },
                             _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw LearnError.fileNotFound(path: path) }
            throw LearnError.unreadableFile(path: path, reason: "cannot be read (\(FileBytes.reason(code)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw LearnError.unreadableFile(path: path, reason: "cannot be read (\(FileBytes.reason(errno)))")
        }
        if let kind = kindName(status.st_mode) {
            throw LearnError.unreadableFile(path: path, reason: "is \(kind), not a regular file")
        }
        guard Int(status.st_size) <= limit else { throw tooLarge(path, Int(status.st_size), limit) }
        size(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw LearnError.unreadableFile(path: path, reason: "cannot be read (\(FileBytes.reason(errno)))")
            }
            if count == 0 { return }
            total += count
            guard total <= limit else { throw tooLarge(path, total, limit) }
            try chunk.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// The whole file at `path` (at most `limit` bytes).
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(path, limit: limit, size: { bytes.reserveCapacity($0) }) { bytes.append(contentsOf: $0) }
        return bytes
    }

    private static func tooLarge(_ path: String, _ bytes: Int, _ limit: Int) -> LearnError {
        .unreadableFile(path: path, reason: "has \(bytes) bytes, more than the \(limit) a data file may have")
    }

    /// What a file that is not regular is ("a named pipe"); nil for a regular file.
    private static func kindName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a directory"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
