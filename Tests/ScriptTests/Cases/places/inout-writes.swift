func fill(_ values: inout [Int], upTo n: Int) {
    for k in 0..<n { values[k] = k * k }
}
var squares = Array(repeating: 0, count: 5)
fill(&squares, upTo: 5)
print(squares)
// expect: [0, 1, 4, 9, 16]
func bump(_ x: inout Int) { x += 1 }
var grid = [[1, 2], [3, 4]]
bump(&grid[1][0])
var table = ["a": 1]
bump(&table["a", default: 0])
bump(&table["b", default: 10])
print(grid, table["a"]!, table["b"]!)
// expect: [[1, 2], [4, 4]] 2 11
func swapped(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var x = 1
var y = 2
swapped(&x, &y)
print(x, y)
// expect: 2 1
