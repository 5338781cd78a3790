#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading scripts, splitting them into cells, and writing output files.
enum SourceFile {
    /// A line that is exactly this splits a file into cells.
    static let cellMarker = "// %%"

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read '\(path)'" }
    }

    static func read(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else { throw Unreadable(path: path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cells of a file: the text between lines that are exactly `// %%`.
    /// Cells with nothing but whitespace are left out.
    static func cells(of source: String) -> [String] {
        var cells: [String] = []
        var current: [Substring] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed == cellMarker {
                cells.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        cells.append(current.joined(separator: "\n"))
        return cells.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        return fclose(file) == 0 && written == bytes.count
    }
}
