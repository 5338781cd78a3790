func double(_ x: inout Double) { x *= 2 }
var v = [1.0, 2.0]
double(&v[0])
var t = (a: 1.0, b: 2.0)
double(&t.b)
print(v, t)
// expect: [2.0, 2.0] (a: 1.0, b: 4.0)
