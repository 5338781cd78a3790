func lcs(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var dp = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1])
        }
    }
    return dp[x.count][y.count]
}
print(lcs("ABCBDAB", "BDCABA"))
func coinWays(_ coins: [Int], _ amount: Int) -> Int {
    var ways = [Int](repeating: 0, count: amount + 1)
    ways[0] = 1
    for c in coins where c <= amount { for v in c...amount { ways[v] += ways[v - c] } }
    return ways[amount]
}
print(coinWays([1, 2, 5], 11))
// expect: 4
// expect: 11
