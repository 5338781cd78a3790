import Codecs
import Platform

/// Reading the files of image datasets: whole regular files only, of a bounded
/// size, gunzipped when they are gzip files.
enum DataFiles {
    /// The largest file read (and the largest it may decompress to): 1 GiB.
    static let sizeLimit = 1 << 30

    /// The bytes of the file at `path`, decompressed if it is gzipped. Read through
    /// `Platform.FileReader` (opening never blocks, the bytes are reserved from the memory
    /// budget, an interrupt stops the read): file problems are `DataFileError`s, an interrupt
    /// is `Interrupted` and a refused reservation `OutOfMemory`, as everywhere.
    static func read(_ path: String) throws -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: sizeLimit)
        } catch {
            switch error {
            case .notFound: throw DataFileError.missing(path: path)
            case .notRegular: throw DataFileError.notAFile(path: path)
            case .tooLarge: throw DataFileError.tooLarge(path: path, limit: sizeLimit)
            case .unreadable: throw DataFileError.unreadable(path: path)
            case .interrupted: throw Interrupted()
            case .outOfMemory(let refusal): throw refusal
            }
        }
        guard Inflate.isGzip(bytes) else { return bytes }
        do {
            try MemoryBudget.reserve(bytes.count * 4, for: "decompressing \(path)")
            return try Inflate.decompress(bytes, format: .gzip, limit: sizeLimit)
        } catch let refusal as OutOfMemory {
            throw refusal
        } catch Inflate.Failure.outOfMemory(let refusal) {
            throw refusal
        } catch Inflate.Failure.interrupted {
            try Interrupt.check()
            throw Interrupted()
        } catch {
            throw DataFileError.malformed(path: path, reason: String(describing: error))
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
