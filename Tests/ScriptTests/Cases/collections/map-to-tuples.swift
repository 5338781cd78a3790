let pairs = [1, 2].map { ($0, $0 * $0) }
print(pairs, pairs[1].1)
// expect: [(1, 1), (2, 4)] 4
