func f(_ x: Double) -> Double { x }
func g(x: Double) { print(x) }
func avg(_ xs: Double...) -> Double { xs.reduce(0, +) / Double(xs.count) }
func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(f(3), f(-3), f(7 / 2))
g(x: 4)
print(avg(1, 2), avg(3))
print(scale(3), scale(3, by: 1 / 2))
// expect: 3.0 -3.0 3.5
// expect: 4.0
// expect: 1.5 3.0
// expect: 6.0 1.5
