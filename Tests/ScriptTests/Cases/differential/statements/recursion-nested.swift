func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
func outer(_ n: Int) -> Int {
    func inner(_ k: Int) -> Int { k * 2 + n }
    return inner(n) + inner(1)
}
print(factorial(10), outer(3))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String) -> Int {
    if n == 0 { return 0 }
    return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
}
print(hanoi(10, "A", "C", "B"))
// expect: 3628800 14
// expect: 1023
