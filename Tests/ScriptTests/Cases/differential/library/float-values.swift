print(Float(0.1), Float(1) / 3, Float(2.5) * 2, Double(Float(0.1)))
let f: Float = 3.14159
print(f, f * 2, [f, 1.5], f.squareRoot())
let xs: [Float] = [0.1, 0.2, 0.3]
print(xs, xs.reduce(0, +))
var acc: Float = 0
for _ in 0..<10 { acc += 0.1 }
print(acc, acc == 1, acc < 1.1)
print(Float.pi, Float(1e10), Float(123456789), Float(16777217))
print(Int(Float(7.9)), Float("2.5") as Any, Float(Int(3)))
print(-f, f > 3, f.rounded(), Float.infinity, Float(0) / 0 == Float.nan)
// expect: 0.1 0.33333334 5.0 0.10000000149011612
// expect: 3.14159 6.28318 [3.14159, 1.5] 1.7724532
// expect: [0.1, 0.2, 0.3] 0.6
// expect: 1.0000001 false true
// expect: 3.1415925 1e+10 1.2345679e+08 16777216.0
// expect: 7 Optional(2.5) 3.0
// expect: -3.14159 true 3.0 inf false
