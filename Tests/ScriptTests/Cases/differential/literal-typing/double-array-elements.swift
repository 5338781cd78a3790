var a: [Double] = [1.5, 2.5]
a[0] = 3
print(a)
var b = [1.5, 2.5]
b[1] = -7
print(b)
func zeroLast(_ c: inout [Double]) { let i = c.count - 1; c[i] = 0 }
zeroLast(&b)
print(b)
func local() { var l: [Double] = [1, 2]; l[1] = 9; print(l) }
local()
// expect: [3.0, 2.5]
// expect: [1.5, -7.0]
// expect: [1.5, 0.0]
// expect: [1.0, 9.0]
