import Foundation

/// Runs command-line tools (xmllint, pngcheck, rsvg-convert, Pillow) from tests.
public enum ExternalTool {
    /// The first existing executable among `candidates`, searching PATH for bare names.
    public static func find(_ candidates: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for c in candidates {
            if c.hasPrefix("/") {
                if FileManager.default.isExecutableFile(atPath: c) { return c }
                continue
            }
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(c)") {
                return "\(dir)/\(c)"
            }
        }
        return nil
    }

    /// A Python with Pillow: the repo's .venv (this file is Tests/RenderTestSupport/…), then python3.
    public static var python: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return find(["\(root)/.venv/bin/python", "python3"])
    }

    /// Runs a tool; returns its exit status, stdout and stderr.
    public static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary file path with the given extension.
    public static func temporaryFile(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("loupe-test-\(UUID().uuidString).\(ext)")
    }
}
