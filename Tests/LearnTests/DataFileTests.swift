import Foundation
import Testing
@testable import Learn

/// Files cells name for data: read a chunk at a time; a directory, a named pipe, a device or a
/// file over the size bound is a clear error naming it, never a hang; a CSV parsed across
/// chunk boundaries gives the same dataset as the same text parsed at once.
@Suite struct DataFileTests {
    func temporaryPath(_ suffix: String) -> String {
        NSTemporaryDirectory() + "loupe-\(UUID().uuidString)\(suffix)"
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return "\(error)" }
    }

    @Test func directoriesPipesAndDevicesAreRefused() throws {
        let directory = temporaryPath("-dir")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(message { _ = try Dataset(csv: directory, label: "y") } == "\(directory) is a directory, not a regular file")
        let fifo = temporaryPath(".csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(message { _ = try Dataset(csv: fifo, label: "y") } == "\(fifo) is a named pipe, not a regular file")
        #expect(message { _ = try Dataset(csv: "/dev/zero", label: "y") } == "/dev/zero is a character device, not a regular file")
        #expect(message { _ = try Sequential(contentsOf: "/dev/zero") } == "/dev/zero is a character device, not a regular file")
        #expect(throws: LearnError.fileNotFound(path: directory + "/missing.csv")) { try Dataset(csv: directory + "/missing.csv", label: "y") }
    }

    @Test func aFileOverTheBoundIsRefused() throws {
        let path = temporaryPath(".csv")
        try "a,y\n1,2\n3,4\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(message { _ = try Dataset(csv: path, label: "y", task: nil, sizeLimit: 10) }
                    == "\(path) has 12 bytes, more than the 10 a data file may have")
        #expect(try Dataset(csv: path, label: "y", task: nil, sizeLimit: 12).count == 2)
    }

    @Test func chunkBoundariesDoNotChangeTheData() throws {
        var text = "x1,\"label, quoted\",x2\r\n"
        var row = 0
        while text.utf8.count < 3 * DataFile.chunkBytes + 123 {
            text += "\(Double(row) / 7),\"c\(row % 3)\",  \(row * 1_000_003 % 9973)e-3\r\n"
            row += 1
        }
        let path = temporaryPath(".csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let streamed = try Dataset(csv: path, label: "label, quoted")
        let whole = try Dataset(csvText: text, label: "label, quoted", fileName: path)
        #expect(streamed.count == row)
        #expect(streamed.features.scalars.elementsEqual(whole.features.scalars))
        #expect(streamed.labels.scalars.elementsEqual(whole.labels.scalars))
        #expect(streamed.classNames == ["c0", "c1", "c2"])
    }
}
