print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2))
// expect: 3 2.5 1 2.0
print(sqrt(16), pow(2, 10), exp(0), log(1))
// expect: 4.0 1024.0 1.0 0.0
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5))
// expect: 2.0 3.0 3.0 -3.0
print(Int(3.9), Int(-3.9), Double(2), String(42), String(describing: [1]))
// expect: 3 -3 2.0 42 [1]
print(atan2(1, 1) * 4 == Double.pi, sin(0), cos(0))
// expect: true 0.0 1.0
print(Double.infinity, -Double.infinity, Double.nan.isNaN)
// expect: inf -inf true
print(Int.max, Int.min)
// expect: 9223372036854775807 -9223372036854775808
