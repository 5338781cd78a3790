func fill(_ n: Int) -> Int {
    var a = [Int](repeating: 0, count: n)
    for k in 0..<n { a[k] = k }
    return a[n - 1]
}
// %%
fill(1_000_000)
