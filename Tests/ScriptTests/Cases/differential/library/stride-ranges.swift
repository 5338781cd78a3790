print(Array(stride(from: 0, to: 10, by: 3)))
print(Array(stride(from: 10, through: 0, by: -5)))
let r = 3..<7
print(r.count, r.contains(5), r.lowerBound, r.upperBound, r.isEmpty)
let c = 1...4
print(c.count, Array(c), c.contains(4))
print((0..<5).map { $0 * 2 }, (1...3).reversed().map { $0 })
print(r, c)
// expect: [0, 3, 6, 9]
// expect: [10, 5, 0]
// expect: 4 true 3 7 false
// expect: 4 [1, 2, 3, 4] true
// expect: [0, 2, 4, 6, 8] [3, 2, 1]
// expect: 3..<7 1...4
