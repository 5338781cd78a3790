typealias Matrix = [[Double]]
func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    var out = Matrix(repeating: [Double](repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count { for j in 0..<b[0].count { for k in 0..<b.count { out[i][j] += a[i][k] * b[k][j] } } }
    return out
}
let m: Matrix = [[1, 2], [3, 4]]
print(multiply(m, m))
func transpose(_ a: Matrix) -> Matrix { (0..<a[0].count).map { j in a.map { $0[j] } } }
print(transpose([[1, 2, 3], [4, 5, 6]]))
// expect: [[7.0, 10.0], [15.0, 22.0]]
// expect: [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
