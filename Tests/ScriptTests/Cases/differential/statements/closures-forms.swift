let double = { (x: Double) -> Double in x * 2 }
let triple: (Int) -> Int = { x in x * 3 }
let add: (Int, Int) -> Int = { $0 + $1 }
print(double(1.5), triple(4), add(2, 3))
let sorted = [3, 1, 2].sorted { $0 > $1 }
print(sorted)
func apply(_ f: (Int) -> Int, to v: Int) -> Int { f(v) }
print(apply({ $0 * $0 }, to: 7))
func twice(_ v: Int, then f: (Int) -> Int, andThen g: (Int) -> Int) -> Int { g(f(v)) }
print(twice(3) { $0 + 1 } andThen: { $0 * 10 })
// expect: 3.0 12 5
// expect: [3, 2, 1]
// expect: 49
// expect: 40
