#if canImport(Glibc)
import Glibc
#endif
import Platform
import Testing

@Suite struct FileReaderTests {
    @Test func readsARegularFileWhole() throws {
        let path = FileBytesTests.temporaryPath()
        defer { unlink(path) }
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(FileBytes.write(bytes, to: path) == nil)
        let read = try FileReader.read(path)
        #expect(read.count == bytes.count && read.elementsEqual(bytes))
        #expect(throws: FileReadError.tooLarge(path: path, bytes: 3_000_000, limit: 1_000_000)) {
            try FileReader.read(path, limit: 1_000_000)
        }
    }

    @Test func aNamedPipeIsRefusedWithoutBlocking() {
        let path = FileBytesTests.temporaryPath()
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let error = #expect(throws: FileReadError.self) { try FileReader.read(path) }
        #expect(error == .notRegular(path: path, kind: "a named pipe"))
        #expect(error?.description == "\(path) is a named pipe, not a regular file")
    }

    @Test func devicesDirectoriesAndMissingFilesAreRefused() {
        #expect(throws: FileReadError.notRegular(path: "/dev/zero", kind: "a character device")) {
            try FileReader.read("/dev/zero")
        }
        #expect(throws: FileReadError.notRegular(path: "/tmp", kind: "a directory")) { try FileReader.read("/tmp") }
        #expect(throws: FileReadError.notFound(path: "/nonexistent/x.csv")) { try FileReader.read("/nonexistent/x.csv") }
    }

    @Test func theBudgetIsAskedFirst() throws {
        let path = FileBytesTests.temporaryPath()
        defer { unlink(path) }
        #expect(FileBytes.write([UInt8](repeating: 1, count: 2 << 20), to: path) == nil)
        let budget = MemoryBudget(limit: 1 << 20, measure: { 0 })
        let error = #expect(throws: FileReadError.self) { try FileReader.read(path, budget: budget) }
        guard case .outOfMemory(let memory) = error else { Issue.record("not out of memory: \(String(describing: error))"); return }
        #expect(memory.what == "reading \(path)")
    }

    @Test func anInterruptStopsTheRead() throws {
        let path = FileBytesTests.temporaryPath()
        defer { unlink(path) }
        #expect(FileBytes.write([UInt8](repeating: 1, count: 1 << 20), to: path) == nil)
        let flag = InterruptFlag()
        flag.request()
        Interrupt.with(flag) {
            #expect(throws: FileReadError.interrupted) { try FileReader.read(path) }
        }
        #expect(try FileReader.read(path).count == 1 << 20)
    }
}
