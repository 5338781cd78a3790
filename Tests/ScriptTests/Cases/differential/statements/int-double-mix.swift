let i = 7
let d = 2.0
print(Double(i) / d)
print(i / 2)
print(Double(i) * 0.5)
let s = 0.1 + 0.2
print(s)
print(1e10, 1.5e-7, 100.0, 12345678.9)
print(Double.pi, -0.0, 1.0 / 3.0)
print(Int(3.99), Int(-3.99), Int("42") as Any, Int("4x") as Any)
// expect: 3.5
// expect: 3
// expect: 3.5
// expect: 0.30000000000000004
// expect: 10000000000.0 1.5e-07 100.0 12345678.9
// expect: 3.141592653589793 -0.0 0.3333333333333333
// expect: 3 -3 Optional(42) nil
