func swapTwo(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapTwo(&x, &y)
print(x, y)
func addOne(_ values: inout [Int]) { for i in values.indices { values[i] += 1 } }
var list = [1, 2, 3]
addOne(&list)
print(list)
var grid = [[0, 0], [0, 0]]
var spare = 9
swapTwo(&grid[0][1], &spare)
swapTwo(&spare, &grid[1][0])
print(grid, spare)
var pair = (1, 2)
swapTwo(&pair.0, &x)
print(pair, x)
// expect: 2 1
// expect: [2, 3, 4]
// expect: [[0, 9], [0, 0]] 0
// expect: (2, 2) 1
