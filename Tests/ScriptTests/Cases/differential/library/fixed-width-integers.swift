let x: UInt8 = 250
print(x &+ 10, x / 3, x % 7, ~x, x >> 2, x << 1)
print(UInt8.max, Int8.min, UInt16.max, Int32.max, UInt32.max, UInt64.max, UInt.max, Int16.min)
let small: Int8 = -5
print(small * 3, -small, small.magnitude, Int8(-128).magnitude)
print(Int(x) + 1000, Double(x) / 4)
print(UInt8(truncatingIfNeeded: 300), Int8(truncatingIfNeeded: 200), UInt8(clamping: -4), UInt8(clamping: 999))
print(UInt8(exactly: 255) as Any, UInt8(exactly: 256) as Any, UInt8("17") as Any, UInt8("300") as Any)
print(UInt16(1000) * 60, Int32(1) << 20, UInt32(0xFFFF_FFFF) &+ 1)
let bytes: [UInt8] = [1, 2, 255]
print(bytes, bytes.max()!, bytes.sorted(by: >), bytes.contains(255))
var sum: UInt32 = 0
for b in bytes { sum += UInt32(b) }
print(sum)
print(x == 250, x > 100, x < 255, Int8(-1) < 0)
print(UInt8(200).bitWidth, UInt8(12).nonzeroBitCount, UInt8(1).leadingZeroBitCount, UInt8(8).trailingZeroBitCount)
print(Int8(bitPattern: 255), UInt8(bitPattern: -1))
var h: UInt32 = 2166136261
for byte in "hash".utf8 { h = (h ^ UInt32(byte)) &* 16777619 }
print(h)
print(String(x), "\(x)", x.description)
print(Int64(5) * 3, Int64.max)
// expect: 4 83 5 5 62 244
// expect: 255 -128 65535 2147483647 4294967295 18446744073709551615 18446744073709551615 -32768
// expect: -15 5 5 128
// expect: 1250 62.5
// expect: 44 -56 0 255
// expect: Optional(255) nil Optional(17) nil
// expect: 60000 1048576 0
// expect: [1, 2, 255] 255 [255, 2, 1] true
// expect: 258
// expect: true true true true
// expect: 8 2 7 3
// expect: -1 255
// expect: 3469047761
// expect: 250 250 250
// expect: 15 9223372036854775807
