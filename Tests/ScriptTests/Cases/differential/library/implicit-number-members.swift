let turn = 2.0 * .pi
let radius: Double = .pi
func half(_ value: Double) -> Double { value / 2 }
var total: Double = 1
total += .pi
let limits: [Double] = [.pi, 1]
print(turn, turn > .pi, Double.pi == .pi, 5 < .max)
print(radius, half(.pi), total, limits)
print(max(3, 2.5), min(1, 2.5), max(1.0, .infinity), min(2, 3), max(1, .max), min(0.5, 1, -2))
let a = 4, b = 9
print(max(a, b), min(a, b, 1), max("a", "b"))
// expect: 6.283185307179586 true true true
// expect: 3.141592653589793 1.5707963267948966 4.141592653589793 [3.141592653589793, 1.0]
// expect: 3.0 1.0 inf 2 9223372036854775807 -2.0
// expect: 9 1 b
