import Platform

/// Reading scripts, splitting them into cells, and writing output files.
enum SourceFile {
    /// A line that is exactly this splits a file into cells.
    static let cellMarker = "// %%"

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read '\(path)'" }
    }

    static func read(_ path: String) throws -> String {
        guard let bytes = FileBytes.read(path) else { throw Unreadable(path: path) }
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
        FileBytes.write(bytes, to: path) == nil
    }
}
