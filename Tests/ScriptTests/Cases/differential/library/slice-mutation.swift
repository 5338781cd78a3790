// A slice variable is a value: writes use the parent's indices and leave the array alone; removeFirst moves the start.
var a = [1, 2, 3, 4, 5, 6]
var s = a[2..<5]
s[3] = 40
s.append(7)
print(s, s.startIndex, s.endIndex, a)
s.swapAt(2, 4)
print(s)
let first = s.removeFirst()
print(first, s, s.startIndex, s[3])
s.insert(9, at: 4)
print(s, s.remove(at: 3), s)
var queue = a[1...]
while let next = queue.popFirst() { print(next, queue.startIndex, terminator: " | ") }
print()
a[1..<3] = [20, 30, 35]
print(a)
a[0..<2] = a[4...]
print(a)
var grid = [[1, 2], [3, 4], [5, 6]]
grid[1...].sort { $0[0] > $1[0] }
print(grid)
// expect: [3, 40, 5, 7] 2 6 [1, 2, 3, 4, 5, 6]
// expect: [5, 40, 3, 7]
// expect: 5 [40, 3, 7] 3 40
// expect: [40, 9, 3, 7] 40 [9, 3, 7]
// expect: 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 
// expect: [1, 20, 30, 35, 4, 5, 6]
// expect: [4, 5, 6, 30, 35, 4, 5, 6]
// expect: [[1, 2], [5, 6], [3, 4]]
