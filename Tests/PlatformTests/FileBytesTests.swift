#if canImport(Glibc)
import Glibc
#endif
import Platform
import Testing

@Suite struct FileBytesTests {
    static func temporaryPath() -> String {
        "/tmp/loupe-platform-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    @Test func writesAndReadsBackEveryByte() throws {
        let path = Self.temporaryPath()
        defer { unlink(path) }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(FileBytes.write(bytes, to: path) == nil)
        #expect(FileBytes.read(path) == bytes)
        #expect(FileBytes.read(path, limit: 1000) == nil)
    }

    @Test func missingFilesAndDirectoriesAreNil() {
        #expect(FileBytes.read("/nonexistent/loupe") == nil)
        #expect(FileBytes.read("/tmp") == nil)
    }

    @Test func unwritablePathGivesTheReason() {
        #expect(FileBytes.write([1], to: "/nonexistent/dir/file") == "no such file or directory")
    }
}
