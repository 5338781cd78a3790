let big = Array(repeating: 1, count: 1_000_000)
big.count
// expect: 1000000
