var pairs: [(Int, Int)] = []
for i in 0..<3 {
    for j in 0..<3 where j > i {
        pairs.append((i, j))
    }
}
print(pairs)
// expect: [(0, 1), (0, 2), (1, 2)]
