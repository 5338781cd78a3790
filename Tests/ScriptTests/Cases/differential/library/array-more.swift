var xs = [3, 1, 2]
xs.swapAt(0, 2)
print(xs)
xs.sort()
print(xs)
xs.reverse()
print(xs)
xs.removeAll()
print(xs, xs.isEmpty)
var ys = [1, 2, 3, 4, 5, 6]
ys.removeAll(where: { $0 % 2 == 0 })
print(ys)
print([1, 2, 3].reduce(into: [Int]()) { $0.append($1 * 10) })
print(ys.removeFirst(), ys)
// expect: [2, 1, 3]
// expect: [1, 2, 3]
// expect: [3, 2, 1]
// expect: [] true
// expect: [1, 3, 5]
// expect: [10, 20, 30]
// expect: 1 [3, 5]
