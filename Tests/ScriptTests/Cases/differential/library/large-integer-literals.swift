// Integer literals above Int.max take the type their context gives them (UInt64, UInt, Double, Float); -2^63 is Int.min.
let x: UInt64 = 18446744073709551615
let mask: UInt64 = 0xFFFF_FFFF_FFFF_FFFF
print(x, mask, x == UInt64.max, UInt64.max, UInt.max)
let y = UInt64(18446744073709551615)
let half: UInt = 9223372036854775808
print(y - 1, half, x & 0xFF00_0000_0000_0000, x >> 60)
let d: Double = 18446744073709551615
let f: Float = 10000000000000000000
print(d, f)
let lowest = -9223372036854775808
print(lowest, lowest == Int.min, type(of: lowest))
func bits(_ v: UInt64) -> Int { v.nonzeroBitCount }
print(bits(18446744073709551615), 18446744073709551615 as UInt64)
// expect: 18446744073709551615 18446744073709551615 true 18446744073709551615 18446744073709551615
// expect: 18446744073709551614 9223372036854775808 18374686479671623680 15
// expect: 1.8446744073709552e+19 1e+19
// expect: -9223372036854775808 true Int
// expect: 64 18446744073709551615
