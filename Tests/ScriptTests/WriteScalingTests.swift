import Testing
import ScalingTestSupport
@testable import Script

/// Writes in place (#17 point 0): four times the writes take about four times the time, for each form of write, at
/// top level, in a function, in a closure and through `inout`; a copy per write (the old behaviour) takes sixteen
/// times. The bound is 8×, halfway in ratio. Time is the cell thread's CPU time (CellCPUClock), the fastest of five
/// runs per size with the sizes alternating: wall time beside the rest of the suite at load 19 read 8–22× for forms
/// that are in place. Optimised builds only (a debug build keeps extra copies alive).
@Suite(.serialized, .disabled(if: isUnoptimizedBuild, "timings need an optimised build")) struct WriteScalingTests {
    static let forms: [(name: String, setup: String, work: String)] = [
        ("a[i] = v", "var a = [Int](repeating: 0, count: N)", "for i in 0..<N { a[i] = i }"),
        ("d[k] = v", "var d: [Int: Int] = [:]", "for k in 0..<N { d[k] = k }"),
        ("d[k, default: 0] += 1", "var d: [Int: Int] = [:]", "for k in 0..<N { d[k % 997, default: 0] += 1 }"),
        ("s[i].p.x += 1", "struct P { var x = 0 }\nstruct S { var p = P() }\nvar s = [S](repeating: S(), count: N)",
         "for i in 0..<N { s[i].p.x += 1 }"),
        ("in a function", "func fill(_ n: Int) -> Int { var a = [Int](repeating: 0, count: n); for i in 0..<n { a[i] = i }; return a[n - 1] }",
         "_ = fill(N)"),
        ("in a closure", "var a = [Int](repeating: 0, count: N)\nlet write = { (i: Int) in a[i] = i }", "for i in 0..<N { write(i) }"),
        ("through inout", "func set(_ a: inout [Int], _ i: Int) { a[i] = i }\nvar a = [Int](repeating: 0, count: N)",
         "for i in 0..<N { set(&a, i) }"),
        ("g[i][j] = v", "var g = [[Int]](repeating: [Int](repeating: 0, count: 10), count: N / 10)",
         "for k in 0..<N { g[k / 10][k % 10] = k }"),
        ("d[k] = nil", "var d: [Int: Int] = [:]\nfor k in 0..<N { d[k] = k }", "for k in 0..<N { d[k] = nil }"),
        ("s.remove(k)", "var s = Set(0..<N)", "for k in 0..<N { s.remove(k) }"),
        ("s.insert(k)", "var s = Set<Int>()", "for k in 0..<N { s.insert(k) }"),
        ("s.popFirst()", "var s = Set(0..<N)", "for _ in 0..<N { _ = s.popFirst() }"),
        ("d.removeValue(forKey:)", "var d: [Int: Int] = [:]\nfor k in 0..<N { d[k] = k }",
         "for k in 0..<N { _ = d.removeValue(forKey: k) }"),
        ("d.updateValue(_:forKey:)", "var d: [Int: Int] = [:]", "for k in 0..<N { _ = d.updateValue(k, forKey: k) }"),
        ("t.append(c)", "var t = \"\"", "for _ in 0..<N { t.append(\"x\") }"),
        ("t += s", "var t = \"\"", "for _ in 0..<N { t += \"x\" }"),
        ("mutating method", "struct C { var items: [Int] = []; mutating func add(_ v: Int) { items.append(v) } }\nvar c = C()",
         "for i in 0..<N { c.add(i) }"),
        ("mutating method on an element", "struct C { var items: [Int] = []; mutating func add(_ v: Int) { items.append(v) } }\nvar cs = [C()]",
         "for i in 0..<N { cs[0].add(i) }"),
    ]

    /// The CPU time of `work` after `setup` on a fresh interpreter, with N replaced by `n` (infinity if a cell fails).
    static func seconds(_ setup: String, _ work: String, _ n: Int) -> Double {
        let interpreter = Interpreter(host: RecordingHost())
        guard case .value = interpreter.run(setup.replacingN(n), cell: 1) else { return .infinity }
        return CellCPUClock.seconds(on: interpreter) {
            if case .value = interpreter.run(work.replacingN(n), cell: 2) { return true }
            return false
        }
    }

    @Test(arguments: forms.map(\.name))
    func fourTimesTheWritesTakeAboutFourTimesTheTime(_ name: String) {
        guard let form = Self.forms.first(where: { $0.name == name }) else { return }
        let (small, large) = CellCPUClock.fastest(small: 20_000, large: 80_000) { Self.seconds(form.setup, form.work, $0) }
        #expect(small.isFinite && large.isFinite, "\(name): the cells ran")
        #expect(large / small < 8, "\(name): 20 000 writes \(small) s, 80 000 writes \(large) s of CPU")
    }
}

private extension String {
    func replacingN(_ n: Int) -> String {
        split(separator: "N", omittingEmptySubsequences: false).joined(separator: String(n))
    }
}
