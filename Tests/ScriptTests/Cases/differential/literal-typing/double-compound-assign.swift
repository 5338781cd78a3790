var x: Double = 1
x += 2
print(x)
x -= 4
print(x)
x *= 3
print(x)
x /= 2
print(x)
var a: [Double] = [1, 2]
a[0] += 1
a[1] *= 3
print(a)
var s = 0.0
for _ in 0..<3 { s += 1 / 2 }
print(s)
// expect: 3.0
// expect: -1.0
// expect: -3.0
// expect: -1.5
// expect: [2.0, 6.0]
// expect: 1.5
