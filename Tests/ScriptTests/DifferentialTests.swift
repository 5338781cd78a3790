import Dispatch
import Foundation
import Testing

/// The differential corpus: every program under `Cases/differential/` is plain Swift whose `// expect:` lines are
/// what swiftc's build of it prints (`-module-name main`). `CaseFileTests` checks Loupe against those lines; this
/// suite re-verifies them against swiftc itself when it is on the machine (`LOUPE_SWIFTC`, `/opt/swift/usr/bin`,
/// or `PATH`), so an expectation cannot drift from Swift.
@Suite struct DifferentialTests {
    static var programs: [String] { Cases.all().filter { $0.hasPrefix("differential/") } }

    @Test func theCorpusHasAtLeast150Programs() {
        #expect(Self.programs.count >= 150)
    }

    @Test func everyProgramRunsInOneCellWithoutErrors() {
        for name in Self.programs {
            let text = Cases.source(name)
            #expect(Cases.cells(text).count == 1, "\(name): a differential program is one cell")
            #expect(Cases.expectations(text, marker: "expect error").isEmpty, "\(name): swiftc programs expect no Loupe error")
            #expect(!Cases.expectations(text, marker: "expect").isEmpty, "\(name): expects some output")
        }
    }

    @Test(.enabled(if: Swiftc.path != nil, "swiftc is not on this machine"))
    func swiftcPrintsTheExpectedLines() throws {
        guard let swiftc = Swiftc.path else { return }
        let names = Self.programs
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-differential-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let results = Swiftc.Results(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let name = names[index]
            results.set(index, Swiftc.run(swiftc, Cases.source(name), in: work.appendingPathComponent("p\(index)")))
        }
        for (index, name) in names.enumerated() {
            let expected = Cases.expectations(Cases.source(name), marker: "expect")
            switch results.get(index) {
            case .failure(let message):
                Issue.record("\(name): swiftc: \(message)")
            case .success(let lines):
                if let difference = Swiftc.firstDifference(lines, expected) {
                    Issue.record("\(name): swiftc's output differs from the expectations at line \(difference)")
                }
            case nil:
                Issue.record("\(name): not run")
            }
        }
    }
}

/// Compiling and running one program with swiftc.
enum Swiftc {
    static let path: String? = {
        var candidates: [String] = []
        if let named = ProcessInfo.processInfo.environment["LOUPE_SWIFTC"] { candidates.append(named) }
        candidates.append("/opt/swift/usr/bin/swiftc")
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/swiftc")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The program's stdout lines, or why it did not compile or run.
    static func run(_ swiftc: String, _ source: String, in directory: URL) -> Result<[String], Failure> {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("main.swift"), binary = directory.appendingPathComponent("main")
            try source.write(to: file, atomically: true, encoding: .utf8)
            let compile = try execute(swiftc, ["-module-name", "main", "-Onone", "-lm", file.path, "-o", binary.path])
            guard compile.status == 0 else { return .failure(Failure("compile failed: \(compile.errors.prefix(600))")) }
            let program = try execute(binary.path, [])
            guard program.status == 0 else { return .failure(Failure("exit status \(program.status): \(program.errors.prefix(600))")) }
            return .success(program.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
        } catch {
            return .failure(Failure("\(error)"))
        }
    }

    static func execute(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = Box<Data>(Data())
        let readErrors = DispatchWorkItem { errorData.value = errors.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(execute: readErrors)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        readErrors.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.value, as: UTF8.self))
    }

    /// The 1-based line where two outputs first differ, with both lines; nil when they are equal.
    static func firstDifference(_ actual: [String], _ expected: [String]) -> String? {
        for index in 0..<max(actual.count, expected.count) {
            let a = index < actual.count ? actual[index] : "<none>", e = index < expected.count ? expected[index] : "<none>"
            if a != e { return "\(index + 1): swiftc printed \"\(a)\", expected \"\(e)\"" }
        }
        return nil
    }

    struct Failure: Error { let message: String; init(_ message: String) { self.message = message } }

    final class Box<T>: @unchecked Sendable { var value: T; init(_ value: T) { self.value = value } }

    /// Results written by concurrent workers, one slot each.
    final class Results: @unchecked Sendable {
        private var slots: [Result<[String], Failure>?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result<[String], Failure>) { lock.lock(); slots[index] = result; lock.unlock() }
        func get(_ index: Int) -> Result<[String], Failure>? { lock.lock(); defer { lock.unlock() }; return slots[index] }
    }
}
