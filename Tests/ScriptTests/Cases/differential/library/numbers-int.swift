print(17 / 5, 17 % 5, -17 / 5, -17 % 5)
print(17.quotientAndRemainder(dividingBy: 5))
print(abs(-4), max(3, 9), min(3, 9), max(1, 5, 2))
print(Int.max > 0, Int.min < 0)
print(10.isMultiple(of: 5), 7.isMultiple(of: 2))
print((1...10).reduce(0, +), (-3).magnitude, 2.signum(), (-2).signum())
// expect: 3 2 -3 -2
// expect: (quotient: 3, remainder: 2)
// expect: 4 9 3 5
// expect: true true
// expect: true false
// expect: 55 3 1 -1
