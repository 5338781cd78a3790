var a = [1, 2, 3]
var b = a
b.append(4)
b[0] = 100
print(a, b)
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
var copy = grid
copy[0][0] = 9
print(grid, copy)
var d = ["k": [1]]
var e = d
e["k"]!.append(2)
print(d, e)
// expect: [1, 2, 3] [100, 2, 3, 4]
// expect: [[0, 0, 0], [0, 0, 7]] [[9, 0, 0], [0, 0, 7]]
// expect: ["k": [1]] ["k": [1, 2]]
