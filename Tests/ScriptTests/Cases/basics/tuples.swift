let pair = (1, "a")
print(pair, pair.0, pair.1)
// expect: (1, "a") 1 a
let point = (x: 3, y: 4)
print(point.x + point.y, point)
// expect: 7 (x: 3, y: 4)
let (a, b) = pair
print(a, b)
// expect: 1 a
var t = (1, 2)
t.0 = 10
print(t)
// expect: (10, 2)
var (p, q) = (1, 2)
(p, q) = (q, p)
print(p, q)
// expect: 2 1
let (_, second) = (5, 6)
second
// expect: 6
