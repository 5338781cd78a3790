func grid(_ size: Int) -> Int {
    var g = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
    for i in 0..<size {
        for j in 0..<size { g[i][j] += i + j }
    }
    return g[size - 1][size - 1]
}
// %%
grid(1000)
