print(7.5.truncatingRemainder(dividingBy: 2), 16.0.squareRoot(), 2.5.rounded(), 6.isMultiple(of: 3))
// expect: 1.5 4.0 3.0 true
print(-7 % 3, 7 % -3, Int("  5"), Int("+5"), Double("1e3"))
// expect: -1 1 nil Optional(5) Optional(1000.0)
print(1 << 3, 256 >> 4, 6 & 3, 6 | 3, 6 ^ 3, ~0)
// expect: 8 16 2 7 5 -1
