func sumTo(_ n: Int) -> Int { n == 0 ? 0 : n + sumTo(n - 1) }
sumTo(5000)
// expect: 12502500
