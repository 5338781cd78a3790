import Foundation
print(String(format: "%d|%i|%5d|%-5d|%05d|%+d|% d", 42, 7, 3, 3, 3, 3, 3))
print(String(format: "%ld %lu %lld", 5_000_000_000, 7, -3))
print(String(format: "%f|%.2f|%5.1f|%-8.3f|%08.2f|%+.1f", 3.14159, 3.14159, 2.25, 1.0, -2.5, 2.0))
print(String(format: "%e|%.3e|%g|%g|%g|%.3g|%G|%E", 12345.678, 0.00012, 0.0001, 123456789.0, 100.0, 3.14159, 1e-10, 1.5))
print(String(format: "%@ has %d items costing %.2f", "cart", 3, 19.5))
print(String(format: "%x|%X|%o|%#x|%08x|%x", 255, 255, 8, 255, 48879, -1))
print(String(format: "%c%c|%5c|", 72, 105, 65))
print(String(format: "100%% %d%%", 5))
print(String(format: "%.0f %.0f %.0f", 0.5, 1.5, 2.5))
print(String(format: "%10.4f|%.3d", Double.pi, 7))
print(String(format: "%f %f", Double.infinity, Double.nan))
print(String(format: "%.2f%%", 45.678), String(format: "no specs"))
let rows = [("alpha", 1.5), ("be", 22.25)]
for (name, value) in rows { print(String(format: "%@: %6.2f", name, value)) }
print(String(format: "%02d:%02d:%02d", 1, 5, 9))
print(String(format: "%.1f", Float(2.25)), String(format: "%d", UInt8(7)))
// expect: 42|7|    3|3    |00003|+3| 3
// expect: 5000000000 7 -3
// expect: 3.141590|3.14|  2.2|1.000   |-0002.50|+2.0
// expect: 1.234568e+04|1.200e-04|0.0001|1.23457e+08|100|3.14|1E-10|1.500000E+00
// expect: cart has 3 items costing 19.50
// expect: ff|FF|10|0xff|0000beef|ffffffff
// expect: Hi|    A|
// expect: 100% 5%
// expect: 0 2 2
// expect:     3.1416|007
// expect: inf nan
// expect: 45.68% no specs
// expect: alpha:   1.50
// expect: be:  22.25
// expect: 01:05:09
// expect: 2.2 7
