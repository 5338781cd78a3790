func factorial(_ n: Int) -> Int {
    func go(_ k: Int, _ acc: Int) -> Int { k <= 1 ? acc : go(k - 1, acc * k) }
    return go(n, 1)
}
print(factorial(20))
// expect: 2432902008176640000
factorial(21)
// expect error: RuntimeError: arithmetic overflow
