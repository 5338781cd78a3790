let xs = [10, 20, 30, 40, 50, 60]
print(Array(xs[1..<3]), Array(xs[2...4]))
print(Array(xs.prefix(2)), Array(xs.suffix(2)))
print(Array(xs.dropFirst()), Array(xs.dropLast(2)))
print(Array(xs.dropFirst(3)), Array(xs.prefix(10)))
// expect: [20, 30] [30, 40, 50]
// expect: [10, 20] [50, 60]
// expect: [20, 30, 40, 50, 60] [10, 20, 30, 40]
// expect: [40, 50, 60] [10, 20, 30, 40, 50, 60]
