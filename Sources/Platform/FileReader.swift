#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file a cell asked for was not read.
public enum FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    /// A named pipe, a device, a socket or a directory: reading one could block the kernel or never end.
    case notRegular(path: String, kind: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case interrupted
    case outOfMemory(OutOfMemory)

    public var description: String {
        switch self {
        case let .notFound(path): return "\(path): no such file"
        case let .unreadable(path, reason): return "\(path): cannot be read (\(reason))"
        case let .notRegular(path, kind): return "\(path) is \(kind), not a regular file"
        case let .tooLarge(path, bytes, limit):
            return "\(path) is \(ByteCount.text(bytes)), more than the \(ByteCount.text(limit)) a file may have here"
        case .interrupted: return "interrupted"
        case let .outOfMemory(error): return error.description
        }
    }
}

/// Reads files named by cells (CSV, images, IDX …) safely: only regular files (a FIFO or
/// `/dev/zero` is refused before a byte is read, and opening never blocks), no more than a size
/// bound, the bytes reserved from the session's memory budget, and interruptible between chunks.
public enum FileReader {
    /// The largest file read when the caller gives no bound: 4 GiB.
    public static let defaultLimit = 1 << 32
    /// The bytes read at a time.
    public static let chunkBytes = 1 << 20

    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(_ path: String, limit: Int = defaultLimit,
                            budget: MemoryBudget = .session) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(path, limit: limit, failure: { $0 }, size: { (size: Int) throws(FileReadError) in
            do throws(OutOfMemory) { try budget.reserve(size, for: "reading \(path)") } catch { throw .outOfMemory(error) }
            bytes.reserveCapacity(size)
        }, { (chunk: UnsafeBufferPointer<UInt8>) throws(FileReadError) in bytes.append(contentsOf: chunk) })
        return bytes
    }

    /// Calls `body` with successive chunks of the regular file at `path` as they are read, so a
    /// parser never holds the whole file; `size` is told the file's size first. Refuses what
    /// `read` refuses (a file that is not regular, or larger than `limit`, even one that grows
    /// while read) and checks for interrupts between chunks; the file's problems reach the caller
    /// as `failure` makes them, `size`'s and `body`'s errors as they are.
    public static func forEachChunk<Failure: Error>(
        _ path: String, limit: Int = defaultLimit, failure: (FileReadError) -> Failure,
        size: (Int) throws(Failure) -> Void = { _ in },
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw failure(code == ENOENT || code == ENOTDIR ? .notFound(path: path)
                : .unreadable(path: path, reason: FileBytes.reason(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(.unreadable(path: path, reason: FileBytes.reason(errno))) }
        if let kind = kindName(status.st_mode) { throw failure(.notRegular(path: path, kind: kind)) }
        let expected = Int(status.st_size)
        guard expected <= limit else { throw failure(.tooLarge(path: path, bytes: expected, limit: limit)) }
        try size(expected)
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        var total = 0
        while true {
            do { try Interrupt.check() } catch { throw failure(.interrupted) }
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(.unreadable(path: path, reason: FileBytes.reason(errno)))
            }
            if count == 0 { return }
            total += count
            guard total <= limit else { throw failure(.tooLarge(path: path, bytes: total, limit: limit)) }
            try chunk.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(Failure) in
                try body(UnsafeBufferPointer(rebasing: all[0..<count]))
            }
        }
    }

    /// What a file that is not regular is, for the error ("a named pipe"); nil for a regular file.
    static func kindName(_ mode: mode_t) -> String? {
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
