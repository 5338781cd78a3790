func factors(_ n: Int) -> [Int] {
    var n = n, d = 2, out: [Int] = []
    while d * d <= n {
        while n % d == 0 { out.append(d); n /= d }
        d += 1
    }
    if n > 1 { out.append(n) }
    return out
}
print(factors(360), factors(97), factors(1001))
print((2...30).filter { factors($0).count == 1 })
// expect: [2, 2, 2, 3, 3, 5] [97] [7, 11, 13]
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
