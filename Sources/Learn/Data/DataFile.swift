import Platform

/// Reads a data file a cell names (CSV, model files) through `Platform.FileReader` — only a
/// regular file (a directory, a named pipe or a device such as `/dev/zero` is refused before a
/// byte is read, and opening never blocks), at most `limit` bytes, in chunks handed to the
/// caller as they arrive so a parser never holds the whole text — with Learn's messages.
enum DataFile {
    static let chunkBytes = FileReader.chunkBytes

    /// Calls `body` with successive chunks of the file at `path`.
    /// `size` is told the file's size first.
    static func forEachChunk(_ path: String, limit: Int, size: (Int) -> Void = { _ in },
                             _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try FileReader.forEachChunk(path, limit: limit, failure: error, size: size, body)
    }

    /// The whole file at `path` (at most `limit` bytes).
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(path, limit: limit, size: { bytes.reserveCapacity($0) }) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Learn's error for a file `FileReader` refused.
    private static func error(_ refusal: FileReadError) -> any Error {
        switch refusal {
        case let .notFound(path): return LearnError.fileNotFound(path: path)
        case let .unreadable(path, reason): return LearnError.unreadableFile(path: path, reason: "cannot be read (\(reason))")
        case let .notRegular(path, kind): return LearnError.unreadableFile(path: path, reason: "is \(kind), not a regular file")
        case let .tooLarge(path, bytes, limit):
            return LearnError.unreadableFile(path: path, reason: "has \(bytes) bytes, more than the \(limit) a data file may have")
        case .interrupted: return Interrupted()
        case let .outOfMemory(refusal): return refusal
        }
    }
}
