struct P { var x = 0 }
let ps = [P(x: 1), P(x: 2)]
for var p in ps { p.x += 10; print(p.x, terminator: " ") }
print(ps.map { $0.x })
for var (a, b) in [(1, 2), (3, 4)] { a += b; b = 0; print(a, b) }
for var i in 0..<3 where i > 0 { i *= 10; print(i) }
print(String(13, radix: 2), 0b1101.nonzeroBitCount, 8.trailingZeroBitCount, 1.leadingZeroBitCount, Int.bitWidth)
var grid = [[1, 2], [3]]
grid[0].append(9)
grid[1] += [4]
print(Array(grid.joined()), grid.joined().count, [[Int]]().joined().count)
// expect: 11 12 [1, 2]
// expect: 3 0
// expect: 7 0
// expect: 10
// expect: 20
// expect: 1101 3 3 63 64
// expect: [1, 2, 9, 3, 4] 5 0
