/// Why a data file (MNIST IDX, PNG) could not be read; every message starts
/// with the file's path.
public enum DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case notAFile(path: String)
    case notADirectory(path: String)
    case tooLarge(path: String, limit: Int)
    case unreadable(path: String)
    /// The contents are not what the format says; `reason` says how.
    case malformed(path: String, reason: String)
    /// Two files that must agree do not (images and labels).
    case mismatch(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path): return "\(path): no such file or directory"
        case let .notAFile(path): return "\(path): not a regular file"
        case let .notADirectory(path): return "\(path): not a directory"
        case let .tooLarge(path, limit): return "\(path): larger than the \(limit / (1 << 20)) MB a data file may have"
        case let .unreadable(path): return "\(path): cannot be read"
        case let .malformed(path, reason): return "\(path): \(reason)"
        case let .mismatch(path, reason): return "\(path): \(reason)"
        }
    }
}
