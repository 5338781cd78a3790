let x = 0b1100, y = 0b1010
print(x & y, x | y, x ^ y, ~x, x << 2, x >> 1)
var f = 5
f ^= 3
print(f)
f <<= 4
print(f)
f >>= 2
print(f)
f &= 0xF
print(f)
f |= 0x100
print(f)
print(-16 >> 2, 1 << 62)
// expect: 8 14 6 -13 48 6
// expect: 6
// expect: 96
// expect: 24
// expect: 8
// expect: 264
// expect: -4 4611686018427387904
