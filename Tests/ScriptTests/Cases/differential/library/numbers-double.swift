import Foundation
print(2.0.squareRoot(), pow(2.0, 10.0), sqrt(16.0))
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5))
print(Double.pi, Double.infinity, -Double.infinity)
print(Double.nan.isNaN, (1.0 / 0).isInfinite)
print(exp(0.0), log(1.0), sin(0.0), cos(0.0))
print(7.5.rounded(), 7.5.rounded(.down), (-7.5).rounded(.towardZero))
print(abs(-2.5), 1e3, 0.1 * 3, 1.0 / 3)
// expect: 1.4142135623730951 1024.0 4.0
// expect: 2.0 3.0 3.0 -3.0
// expect: 3.141592653589793 inf -inf
// expect: true true
// expect: 1.0 0.0 0.0 1.0
// expect: 8.0 7.0 -7.0
// expect: 2.5 1000.0 0.30000000000000004 0.3333333333333333
