var matrix = [[1, 2], [3, 4]]
matrix[0].append(9)
matrix[1][1] *= 10
print(matrix, matrix.map { $0.reduce(0, +) })
// expect: [[1, 2, 9], [3, 40]] [12, 43]
var book: [String: [Int]] = ["a": [1]]
book["a"]?.append(2)
book["b", default: []].append(3)
print(book)
// expect: ["a": [1, 2], "b": [3]]
