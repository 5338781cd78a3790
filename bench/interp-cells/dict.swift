func counts(_ n: Int) -> Int {
    var counts: [Int: Int] = [:]
    for k in 0..<n { counts[k % 1000, default: 0] += 1 }
    return counts[7]!
}
// %%
counts(200_000)
