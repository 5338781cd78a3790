// Number parsing and printing, description/debugDescription/String(reflecting:), reporting-overflow arithmetic.
import Foundation
print(Int("42")!, Int("0x1F") as Any, Int("1F", radix: 16)!, String(255, radix: 2), Double("3.5")!)
print(Int.max, Int.min, Double.greatestFiniteMagnitude, Double.ulpOfOne)
print(7 / 2, -7 / 2, -7 % 3, 7.5.truncatingRemainder(dividingBy: 2), (-7.5).rounded(), 2.5.rounded(.down))
print(1e16, 1e15, 123456789.0, 0.000001, 1.0 / 3.0, Double(Float(0.1)))
print(abs(-3), max(1, 5, 3), min(2.5, 1.5), pow(2.0, 10.0), sqrt(2.0))
print((3.7).rounded(.towardZero), Int(3.99), Int(-3.99), Double(7).squareRoot())
print(10.description, 3.5.description, true.description, [1, 2].description, "x".debugDescription)
debugPrint("a", 1, [1: "b"])
print(String(describing: Optional(3)), String(reflecting: "q"))
print(UInt8.max &+ 1, Int8.min, UInt16(65535).addingReportingOverflow(1))
print(Float(3.14159), Float(1e10), Float(16777217), Float.greatestFiniteMagnitude)
print(Double.nan, -Double.infinity, Double.nan == Double.nan, (0.0 / 0.0).isNaN)
// expect: 42 nil 31 11111111 3.5
// expect: 9223372036854775807 -9223372036854775808 1.7976931348623157e+308 2.220446049250313e-16
// expect: 3 -3 -1 1.5 -8.0 2.0
// expect: 1e+16 1000000000000000.0 123456789.0 1e-06 0.3333333333333333 0.10000000149011612
// expect: 3 5 1.5 1024.0 1.4142135623730951
// expect: 3.0 3 -3 2.6457513110645907
// expect: 10 3.5 true [1, 2] "x"
// expect: "a" 1 [1: "b"]
// expect: Optional(3) "q"
// expect: 0 -128 (partialValue: 0, overflow: true)
// expect: 3.14159 1e+10 16777216.0 3.4028235e+38
// expect: nan -inf false true
