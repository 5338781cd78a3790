let double = { (x: Double) -> Double in x * 2 }
let add: (Int, Int) -> Int = { a, b in a + b }
let triple = { $0 * 3 }
print(double(4), add(2, 3), triple(5))
// expect: 8.0 5 15
let sorted = [3, 1, 2].sorted { $0 > $1 }
print(sorted)
// expect: [3, 2, 1]
func apply(_ f: (Int) -> Int, to value: Int) -> Int { f(value) }
print(apply({ $0 + 1 }, to: 1))
// expect: 2
func twice(_ value: Int, _ f: (Int) -> Int) -> Int { f(f(value)) }
print(twice(3) { $0 * $0 })
// expect: 81
func both(_ a: () -> Int, then b: () -> Int) -> Int { a() + b() }
print(both { 1 } then: { 2 })
// expect: 3
