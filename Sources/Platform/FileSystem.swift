#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path and what a directory holds, through the C library.
public enum FileSystem {
    /// The kind of thing at a path (symbolic links followed).
    public enum Kind: Sendable, Equatable {
        case missing, file, directory, other
    }

    /// The kind of thing at `path`, and its size in bytes for a regular file.
    public static func kind(_ path: String) -> (kind: Kind, size: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (.missing, 0) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.file, Int(info.st_size))
        case S_IFDIR: return (.directory, 0)
        default: return (.other, 0)
        }
    }

    /// The names in the directory at `path` (without `.` and `..`), sorted
    /// byte-wise; nil when it cannot be read.
    public static func entries(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
