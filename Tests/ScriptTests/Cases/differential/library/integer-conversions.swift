let u = UInt64(1) << 63
print(Int(truncatingIfNeeded: u), Int(exactly: 2.0)!, Int(exactly: 2.5) as Any, Int(clamping: u), Int(bitPattern: UInt(5)))
print(UInt64(UInt32.max) * 2, UInt32(truncatingIfNeeded: -1), Int16(clamping: 100000))
var x: UInt32 = 0xDEADBEEF
x = (x << 13) | (x >> 19)
print(x, String(x, radix: 16))
let bits = (0..<8).map { (UInt8(0b1011_0010) >> $0) & 1 }
print(bits, bits.reduce(0, +))
// expect: -9223372036854775808 2 nil 9223372036854775807 5
// expect: 8589934590 4294967295 32767
// expect: 3084778453 b7ddfbd5
// expect: [0, 1, 0, 0, 1, 1, 0, 1] 4
