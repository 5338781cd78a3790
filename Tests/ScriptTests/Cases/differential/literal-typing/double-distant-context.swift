print(Double("x") ?? -1)
func maybe() -> Double? { nil }
print(maybe() ?? 1)
func base() -> Double { 2 }
print(base() + 1 / 2, base() * 3)
func half(_ x: Int) -> Int { x / 2 }
print(half(7), 7 / 2)
func area(_ w: Int, _ h: Int) -> Int { w * h }
let ratio = 1.5 * Double(area(2, 3))
print(ratio)
func f(_ x: Int) -> String { "Int \(x)" }
func f(_ x: Double) -> String { "Double \(x)" }
print(f(1), f(2.5))
// expect: -1.0
// expect: 1.0
// expect: 2.5 6.0
// expect: 3 3
// expect: 9.0
// expect: Int 1 Double 2.5
