import Foundation
import Synchronization
import Testing
@testable import Script

/// Mutation-based fuzzing seeded with the case files: every mutant must give a value or a typed error,
/// never a crash or a hang (a watchdog interrupts any run longer than 5 ms).
enum Fuzzer {
    static let fragments = [
        "(", ")", "[", "]", "{", "}", "\"", "\\(", "\"\"\"\n", "/*", "*/", "//", ",", ":", ".", "?", "!", "&", "$0",
        " + ", " * ", " / 0", " % ", " ?? ", "..<", "...", " = ", " += ", "->", " in ", "let ", "var ", "func ",
        "if ", "else ", "while ", "for i in 0..<3 ", "switch x ", "case ", "default:", "return ", "break",
        "\n", ";", "1 << 62", "Int.max", "nil", "[1, 2]", "[\"a\": 1]", "(1, 2)", "{ $0 }", "print(", "é", "🇫🇷",
        "9223372036854775807", "0x", "1e999", "_", "`", "#", "@", "\\u{", "struct ", "inout ", "guard ", "repeat ",
    ]

    static func seeds() -> [String] {
        Cases.all().flatMap { Cases.cells(Cases.source($0)) }.filter { !$0.isEmpty }
    }

    static func mutate(_ seed: String, _ random: RandomSource) -> String {
        var scalars = Array(seed.unicodeScalars)
        let rounds = 1 + Int(random.nextInt(below: 4))
        for _ in 0..<rounds {
            let position = scalars.isEmpty ? 0 : Int(random.nextInt(below: UInt64(scalars.count + 1)))
            switch random.nextInt(below: 5) {
            case 0:
                let fragment = fragments[Int(random.nextInt(below: UInt64(fragments.count)))]
                scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
            case 1 where !scalars.isEmpty:
                let length = min(scalars.count - min(position, scalars.count - 1), 1 + Int(random.nextInt(below: 8)))
                let start = min(position, scalars.count - 1)
                scalars.removeSubrange(start..<(start + length))
            case 2 where !scalars.isEmpty:
                let start = min(position, scalars.count - 1)
                let length = min(scalars.count - start, 1 + Int(random.nextInt(below: 20)))
                scalars.insert(contentsOf: scalars[start..<(start + length)], at: start)
            case 3 where !scalars.isEmpty:
                let index = min(position, scalars.count - 1)
                scalars[index] = Unicode.Scalar(UInt8(32 + random.nextInt(below: 95)))
            default:
                scalars.append(contentsOf: "\n".unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Interrupts the interpreter when one run takes too long.
    final class Watchdog: @unchecked Sendable {
        private let started = Mutex<Date?>(nil)
        private let stopped = Atomic<Bool>(false)
        let interpreter: Interpreter
        init(_ interpreter: Interpreter) { self.interpreter = interpreter }

        func start() {
            Thread {
                while !self.stopped.load(ordering: .relaxed) {
                    Thread.sleep(forTimeInterval: 0.001)
                    let since = self.started.withLock { $0 }
                    if let since, Date().timeIntervalSince(since) > 0.005 { self.interpreter.interrupt() }
                }
            }.start()
        }
        func begin() { started.withLock { $0 = Date() } }
        func end() { started.withLock { $0 = nil } }
        func stop() { stopped.store(true, ordering: .relaxed) }
    }

    /// Runs `count` mutants through the lexer, parser and completeness check, and executes every
    /// `executeEvery`-th one fully; returns how many ran and how many executions ended in each error kind.
    static func run(count: Int, seed: UInt64, executeEvery: Int = 1) -> (runs: Int, kinds: [ScriptErrorKind: Int]) {
        let corpus = seeds()
        let random = RandomSource(seed: seed)
        var kinds: [ScriptErrorKind: Int] = [:]
        var interpreter = Interpreter(host: RecordingHost())
        var watchdog = Watchdog(interpreter)
        watchdog.start()
        for index in 0..<count {
            if index % 2000 == 0 {
                watchdog.stop()
                interpreter = Interpreter(host: RecordingHost())
                watchdog = Watchdog(interpreter)
                watchdog.start()
            }
            let source = mutate(corpus[Int(random.nextInt(below: UInt64(corpus.count)))], random)
            _ = interpreter.completeness(source)
            guard index % executeEvery == 0 else { continue }
            watchdog.begin()
            let outcome = interpreter.run(source, cell: index + 1)
            watchdog.end()
            if case .error(let error) = outcome {
                kinds[error.kind, default: 0] += 1
                _ = error.traceback(color: true)
            }
            _ = interpreter.complete(source, cursor: index % (source.unicodeScalars.count + 1))
        }
        watchdog.stop()
        return (count, kinds)
    }
}

@Suite struct FuzzTests {
    @Test func hundredThousandMutantsNeitherCrashNorHang() {
        let count = Int(ProcessInfo.processInfo.environment["LOUPE_FUZZ_RUNS"] ?? "") ?? 100_000
        let every = Int(ProcessInfo.processInfo.environment["LOUPE_FUZZ_EXECUTE_EVERY"] ?? "") ?? 50
        let result = Fuzzer.run(count: count, seed: 1, executeEvery: every)
        #expect(result.runs == count)
        #expect((result.kinds[.syntax] ?? 0) > 0)
        #expect(result.kinds.values.reduce(0, +) < count / every)
    }
}
