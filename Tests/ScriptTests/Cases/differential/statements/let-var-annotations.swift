let a = 3
var b: Double = 2
b += 0.5
let c: Int = 7
var d: [String] = []
d.append("x")
let (p, q) = (1, "two")
let (_, r) = (5, 6)
print(a, b, c, d, p, q, r)
var later: Int
later = 42
print(later)
// expect: 3 2.5 7 ["x"] 1 two 6
// expect: 42
