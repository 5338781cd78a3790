print(Array(repeating: 0, count: 4))
print(Array(1...5), Array(0..<3))
print([Int](), [String]().isEmpty)
let zipped = Array(zip([1, 2, 3], ["a", "b", "c"]))
print(zipped.count, zipped[1].0, zipped[1].1)
for (n, s) in zip([1, 2], ["x", "y", "z"]) { print(n, s) }
// expect: [0, 0, 0, 0]
// expect: [1, 2, 3, 4, 5] [0, 1, 2]
// expect: [] true
// expect: 3 2 b
// expect: 1 x
// expect: 2 y
