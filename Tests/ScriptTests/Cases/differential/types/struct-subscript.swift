struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int { multiplier * index }
}
let threeTimes = TimesTable(multiplier: 3)
print("six times three is \(threeTimes[6])")
struct Grid {
    var cells: [[Int]]
    subscript(row: Int, column: Int) -> Int {
        get { cells[row][column] }
        set { cells[row][column] = newValue }
    }
}
var g = Grid(cells: [[0, 0], [0, 0]])
g[1, 0] = 5
g[0, 1] += 2
print(g.cells, g[1, 0])
// expect: six times three is 18
// expect: [[0, 2], [5, 0]] 5
