print(true, false, nil as Int?)
// expect: true false nil
let d: Double = 1
print(d)
// expect: 1.0
print(1e20, 1e-5, 100000.0, 1.5e300)
// expect: 1e+20 1e-05 100000.0 1.5e+300
print(Double.pi)
// expect: 3.141592653589793
print(-0.0, 1.0 / 3)
// expect: -0.0 0.3333333333333333
