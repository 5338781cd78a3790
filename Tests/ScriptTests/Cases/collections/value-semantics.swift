var a = [1, 2, 3]
var b = a
b[0] = 100
print(a, b)
// expect: [1, 2, 3] [100, 2, 3]
func mutate(_ x: [Int]) -> [Int] {
    var copy = x
    copy.append(4)
    return copy
}
print(mutate(a), a)
// expect: [1, 2, 3, 4] [1, 2, 3]
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0][1] += 2
print(grid)
// expect: [[0, 2], [5, 0]]
