var squares = Array(repeating: 0, count: 10)
for i in 0..<10 { squares[i] = i * i }
print(squares)
var counts: [String: Int] = [:]
for w in "the cat and the hat and the bat".split(separator: " ") { counts[String(w), default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
var table = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 4)
for i in 0..<4 { for j in 0..<4 { table[i][j] += i * j } }
print(table)
struct P { var x = 0 }
var ps = [P(), P()]
ps[1].x += 5
print(ps[1].x)
// expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
// expect: [(key: "and", value: 2), (key: "bat", value: 1), (key: "cat", value: 1), (key: "hat", value: 1), (key: "the", value: 3)]
// expect: [[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6], [0, 3, 6, 9]]
// expect: 5
