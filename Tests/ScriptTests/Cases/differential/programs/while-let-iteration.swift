var queue = [3, 1, 2]
while let next = queue.popLast() { print("took", next) }
var n: Int? = 5
while let v = n, v > 0 { print(v, terminator: " "); n = v - 2 }
print()
// expect: took 2
// expect: took 1
// expect: took 3
// expect: 5 3 1 
