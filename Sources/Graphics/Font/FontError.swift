/// Why a font could not be loaded. Messages are written for the person at the notebook.
public enum FontError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The font file is not on disk.
    case missingFile(path: String)
    /// The file exists but is not a TrueType font Loupe can read.
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            return "font file \(path) not found; install Debian's fonts-dejavu-core package (apt-get install fonts-dejavu-core)"
        case .malformed(let path, let reason):
            return "font file \(path) is not a readable TrueType font: \(reason)"
        }
    }
}
