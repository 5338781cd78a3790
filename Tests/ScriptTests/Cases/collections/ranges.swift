print(Array(0..<4), Array(1...3))
// expect: [0, 1, 2, 3] [1, 2, 3]
print(stride(from: 0, to: 10, by: 3), stride(from: 3, through: 0, by: -1))
// expect: [0, 3, 6, 9] [3, 2, 1, 0]
print(0..<5, (0..<5).contains(3), (1...3).map { $0 * $0 })
// expect: 0..<5 true [1, 4, 9]
print(linspace(0, 1, count: 5))
// expect: [0.0, 0.25, 0.5, 0.75, 1.0]
print(zip([1, 2, 3], ["a", "b"]))
// expect: [(1, "a"), (2, "b")]
print(Array(repeating: 0, count: 3))
// expect: [0, 0, 0]
