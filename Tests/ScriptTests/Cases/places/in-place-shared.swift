// Element reads and writes that run where the array lies (a frame slot viewed in place, no move): a write to a
// shared array copies it first, so every other holder keeps its elements; other element types and failures take
// the general path with its values and errors.
func flags(_ n: Int) -> ([Bool], [Bool], Int) {
    var marks = [Bool](repeating: true, count: n)
    let before = marks
    var j = 1
    while j < n {
        marks[j] = false
        j += 2
    }
    var kept = 0
    for k in 0..<n where marks[k] { kept += 1 }
    if marks[0] { kept += 10 }
    return (marks, before, kept)
}
print(flags(5))
// expect: ([true, false, true, false, true], [true, true, true, true, true], 13)
func table(_ size: Int) -> ([[Int]], [[Int]]) {
    var grid = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
    let empty = grid
    for i in 0..<size {
        for j in 0..<size { grid[i][j] += i * 10 + j }
    }
    var row = grid[1]
    row[0] = -1
    grid[2][2] = 7
    return (grid, empty + [row])
}
print(table(3))
// expect: ([[0, 1, 2], [10, 11, 12], [20, 21, 7]], [[0, 0, 0], [0, 0, 0], [0, 0, 0], [-1, 11, 12]])
func mixed() -> [Any] {
    var items: [Any] = [1, "two", 3.0]
    let copy = items
    var i = 0
    items[i] = "one"
    i = 2
    items[i] = 4
    return items + copy
}
print(mixed())
// expect: ["one", "two", 4, 1, "two", 3.0]
func narrow() -> [UInt8] {
    var bytes: [UInt8] = [1, 2, 3]
    var i = 1
    bytes[i] = 200
    i = 2
    bytes[i] += 50
    return bytes
}
print(narrow())
// expect: [1, 200, 53]
func doubles() -> [[Double]] {
    var g: [[Double]] = [[0.5, 1.5], [2.5, 3.5]]
    let shared = g
    g[1][0] += 1.0
    g[0][1] = 9.0
    return g + shared
}
print(doubles())
// expect: [[0.5, 9.0], [3.5, 3.5], [0.5, 1.5], [2.5, 3.5]]
// %%
func outOfRange() {
    var a = [1, 2, 3]
    var i = 3
    a[i] = 0
    i = 0
}
outOfRange()
// expect error: RuntimeError: index 3 out of range (count 3)
// expect traceback: cell 2, line 4, column 5: error: index 3 out of range (count 3)
// expect traceback:         a[i] = 0
// expect traceback:         ^~~~
// expect traceback:   in 'outOfRange()' at cell 2, line 4
