var kept: [Int] = []
for n in [1, -2, 3] {
    guard n > 0 else { continue }
    kept.append(n)
}
print(kept)
// expect: [1, 3]
