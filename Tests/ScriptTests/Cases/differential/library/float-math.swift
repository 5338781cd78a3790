import Foundation
let f: Float = 2
print(sqrt(f), exp(f), log(f), sin(f), cos(f), pow(f, 0.5), floor(Float(2.7)), round(Float(-2.5)))
print(abs(Int8(-3)), abs(Float(-1.25)), min(UInt8(3), 2), max(Float(1), 2.5))
let xs: [Float] = [3, 4]
print(sqrt(xs.map { $0 * $0 }.reduce(0, +)))
print(log10(Float(1000)), atan(Float(1)) * 4, tan(Float(0.5)))
// expect: 1.4142135 7.389056 0.6931472 0.9092974 -0.41614684 1.4142135 2.0 -3.0
// expect: 3 1.25 2 2.5
// expect: 5.0
// expect: 3.0 3.1415927 0.5463025
