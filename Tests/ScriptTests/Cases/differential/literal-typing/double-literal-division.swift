let x: Double = 7 / 2
var y = 1.5
y = 7 / 2
let z = 1.5 + 7 / 2
let a: [Double] = [1 / 2, 3]
let t: Double = true ? 1 / 4 : 0
let half = 1 / 2 * 3.0
print(x, y, z, a, t, half)
// expect: 3.5 3.5 5.0 [0.5, 3.0] 0.25 1.5
