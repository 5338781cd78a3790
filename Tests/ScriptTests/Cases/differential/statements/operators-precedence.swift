print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 2 * 3 % 4)
print(1 + 2 == 3 && 4 > 2 || false)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3)
print(7.0 / 2, 7.5.truncatingRemainder(dividingBy: 2))
let o: Int? = nil
print(o ?? 0 + 5)
print(true ? 1 : 2, false ? "a" : "b")
let m = 3 - 5
print(-m, +4, !true)
// expect: 14 20 3 2
// expect: true
// expect: 3 -3 1 -1
// expect: 3.5 1.5
// expect: 5
// expect: 1 b
// expect: 2 4 false
