// Double.rounded(_:) with each FloatingPointRoundingRule, on halves, negatives and whole numbers.
let values = [7.5, -7.5, 2.5, -2.4, 3.0, 0.49]
for v in values {
    print(v, v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero), v.rounded(.awayFromZero),
          v.rounded(.toNearestOrEven), v.rounded(.toNearestOrAwayFromZero))
}
let price = 19.987
print((price * 100).rounded(.down) / 100, (price * 100).rounded() / 100)
// expect: 7.5 8.0 7.0 8.0 7.0 8.0 8.0 8.0
// expect: -7.5 -8.0 -8.0 -7.0 -7.0 -8.0 -8.0 -8.0
// expect: 2.5 3.0 2.0 3.0 2.0 3.0 2.0 3.0
// expect: -2.4 -2.0 -3.0 -2.0 -2.0 -3.0 -2.0 -2.0
// expect: 3.0 3.0 3.0 3.0 3.0 3.0 3.0 3.0
// expect: 0.49 0.0 0.0 1.0 0.0 1.0 0.0 0.0
// expect: 19.98 19.99
