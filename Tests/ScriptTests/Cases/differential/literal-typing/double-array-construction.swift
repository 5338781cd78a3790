let a = [Double](repeating: 0, count: 3)
print(a)
let b = Array<Double>(repeating: 1, count: 2)
print(b)
let c: [Double] = Array(repeating: 2, count: 2)
print(c)
var d = [Double]()
d.append(1)
print(d)
var e = Array(repeating: 0.0, count: 2)
e[0] = 1
print(e)
// expect: [0.0, 0.0, 0.0]
// expect: [1.0, 1.0]
// expect: [2.0, 2.0]
// expect: [1.0]
// expect: [1.0, 0.0]
