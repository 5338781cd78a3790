var g: [[Double]] = [[1.5], [2.5]]
g[1][0] = 9
print(g)
var h = [[0.5, 1], [2, 3]]
h[0][1] = -2
h[1] = [4, 5]
h.append([6])
print(h)
var grid = [[Double]](repeating: [Double](repeating: 0, count: 2), count: 2)
grid[1][1] = 1
print(grid)
// expect: [[1.5], [9.0]]
// expect: [[0.5, -2.0], [4.0, 5.0], [6.0]]
// expect: [[0.0, 0.0], [0.0, 1.0]]
