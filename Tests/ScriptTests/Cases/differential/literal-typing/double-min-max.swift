print(max(1, 2.5), min(-1, 0.5), abs(-3), abs(-2.5))
let x: Double = 3
print(max(x, 1), min(x, 10), x * 2, 2 * x, x / 4)
let y: Double = max(1, 2)
print(y)
// expect: 2.5 -1.0 3 2.5
// expect: 3.0 3.0 6.0 6.0 0.75
// expect: 2.0
