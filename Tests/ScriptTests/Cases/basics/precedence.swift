print(1 + 2 * 3 - 4 / 2)
// expect: 5
print(2 < 3 && 3 < 4 || false)
// expect: true
print(!true || true)
// expect: true
let maybe: Int? = nil
print(maybe ?? 1 + 1)
// expect: 2
print(1 < 2 ? "yes" : "no")
// expect: yes
print(-2 * -3, 10 - 2 - 3)
// expect: 6 5
print((0..<3).count, (1...3).count)
// expect: 3 3
