let xs = linspace(0, 2, count: 3)
print(zip(xs, xs.map { $0 * $0 }).map { $0.0 + $0.1 })
// expect: [0.0, 2.0, 6.0]
