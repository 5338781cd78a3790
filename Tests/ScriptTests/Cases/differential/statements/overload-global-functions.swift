// Global functions overloaded by arity, labels, parameter types (Double declared first), inout, defaults; calls between overloads.
func describe(_ x: Double) -> String { "Double(\(x))" }
func describe(_ x: Int) -> String { "Int(\(x))" }
func describe(_ xs: [Int]) -> String { "[" + xs.map { describe($0) }.joined(separator: ", ") + "]" }
func describe(_ x: Int, _ y: Int) -> String { "pair(\(describe(x)), \(describe(y)))" }
func describe(_ s: String, times: Int = 2) -> String { String(repeating: s, count: times) }
print(describe(1), describe(2.5), describe([3, 4]), describe(5, 6))
print(describe("ab"), describe("c", times: 3))
func bump(_ x: inout Int) { x += 1 }
func bump(_ x: inout Int, by step: Int) { x += step }
var n = 0
bump(&n)
bump(&n, by: 10)
print(n)
func total(_ xs: [Int]) -> Int { xs.isEmpty ? 0 : xs[0] + total(Array(xs.dropFirst())) }
func total(_ xs: [Double]) -> Double { xs.reduce(0, +) }
print(total([1, 2, 3]), total([0.5, 0.25]))
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
func apply(_ f: (Int) -> Int, twiceTo x: Int) -> Int { f(f(x)) }
print(apply({ $0 * 3 }, to: 2), apply({ $0 + 1 }, twiceTo: 2))
// expect: Int(1) Double(2.5) [Int(3), Int(4)] pair(Int(5), Int(6))
// expect: abab ccc
// expect: 11
// expect: 6 0.75
// expect: 6 4
