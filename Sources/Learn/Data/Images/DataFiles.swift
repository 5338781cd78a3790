import Codecs
import Platform

/// Reading the files of image datasets: whole regular files only, of a bounded
/// size, gunzipped when they are gzip files.
enum DataFiles {
    /// The largest file read (and the largest it may decompress to): 1 GiB.
    static let sizeLimit = 1 << 30

    /// The bytes of the file at `path`, decompressed if it is gzipped.
    static func read(_ path: String) throws(DataFileError) -> [UInt8] {
        let (kind, size) = FileSystem.kind(path)
        switch kind {
        case .missing: throw .missing(path: path)
        case .directory, .other: throw .notAFile(path: path)
        case .file: break
        }
        guard size <= sizeLimit else { throw .tooLarge(path: path, limit: sizeLimit) }
        guard let bytes = FileBytes.read(path, limit: sizeLimit) else { throw .unreadable(path: path) }
        guard Inflate.isGzip(bytes) else { return bytes }
        do {
            return try Inflate.decompress(bytes, format: .gzip, limit: sizeLimit)
        } catch {
            throw .malformed(path: path, reason: String(describing: error))
        }
    }

    /// The names in the directory at `path`, sorted.
    static func entries(_ path: String) throws(DataFileError) -> [String] {
        switch FileSystem.kind(path).kind {
        case .missing: throw .missing(path: path)
        case .file, .other: throw .notADirectory(path: path)
        case .directory: break
        }
        guard let names = FileSystem.entries(path) else { throw .unreadable(path: path) }
        return names
    }

    /// `directory/name`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
