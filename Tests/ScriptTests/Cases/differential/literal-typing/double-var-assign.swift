var x: Double = 1.5
x = 3
print(x)
var y = 2.5
y = -4
print(y)
var z: Double = 1
z = 2 * 3 + 1
print(z)
var w = 0.5
w = -(3)
print(w)
// expect: 3.0
// expect: -4.0
// expect: 7.0
// expect: -3.0
