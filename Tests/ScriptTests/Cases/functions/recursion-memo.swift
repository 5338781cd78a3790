var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let value = fibm(n - 1) + fibm(n - 2)
    memo[n] = value
    return value
}
print(fibm(80))
// expect: 23416728348467685
