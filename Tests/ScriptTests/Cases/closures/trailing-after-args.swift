let total = [1, 2, 3].reduce(10) { $0 + $1 }
print(total)
// expect: 16
let mapped = (1...3).map { n -> Int in
    return n * n
}
print(mapped)
// expect: [1, 4, 9]
