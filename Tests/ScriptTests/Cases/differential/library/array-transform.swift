let xs = [1, 2, 3, 4, 5]
print(xs.map { $0 * $0 })
print(xs.filter { $0 % 2 == 1 })
print(xs.reduce(0, +), xs.reduce(1, *))
print(["1", "x", "3"].compactMap { Int($0) })
print([[1, 2], [3], []].flatMap { $0 })
print(xs.map(String.init).joined(separator: "-"))
print(xs.enumerated().map { $0.offset * $0.element })
// expect: [1, 4, 9, 16, 25]
// expect: [1, 3, 5]
// expect: 15 120
// expect: [1, 3]
// expect: [1, 2, 3]
// expect: 1-2-3-4-5
// expect: [0, 2, 6, 12, 20]
