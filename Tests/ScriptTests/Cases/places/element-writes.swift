// Writes through subscripts, members and inout keep value semantics.
var a = [1, 2, 3]
let b = a
a[0] = 10
a[1] += 5
a[2] *= 3
print(a, b)
// expect: [10, 7, 9] [1, 2, 3]
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
let before = grid
grid[1][2] = 7
grid[0][0] -= 1
print(grid, before)
// expect: [[-1, 0, 0], [0, 0, 7]] [[0, 0, 0], [0, 0, 0]]
var pair = (p: (x: 1, y: 2), q: [1])
pair.p.x += 1
pair.0.y = 9
pair.q.append(2)
pair.q[0] = 5
print(pair)
// expect: (p: (x: 2, y: 9), q: [5, 2])
