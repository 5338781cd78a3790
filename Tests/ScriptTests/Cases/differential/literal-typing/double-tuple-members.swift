var t: (Double, Int) = (1, 2)
print(t)
t.0 = 5
print(t)
var u: (x: Double, y: Double) = (x: 1, y: 2)
u.x = 3
print(u)
u = (4, 5)
print(u)
let (a, b): (Double, Double) = (1, 2)
print(a, b)
func range() -> (min: Double, max: Double) { (0, 1) }
print(range())
// expect: (1.0, 2)
// expect: (5.0, 2)
// expect: (x: 3.0, y: 2.0)
// expect: (x: 4.0, y: 5.0)
// expect: 1.0 2.0
// expect: (min: 0.0, max: 1.0)
