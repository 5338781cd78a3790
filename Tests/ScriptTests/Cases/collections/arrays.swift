var a = [3, 1, 2]
a.append(4)
a.insert(0, at: 0)
print(a, a.count, a.first!, a.last!, a.isEmpty)
// expect: [0, 3, 1, 2, 4] 5 0 4 false
print(a.sorted(), a.sorted(by: >), a.reversed())
// expect: [0, 1, 2, 3, 4] [4, 3, 2, 1, 0] [4, 2, 1, 3, 0]
print(a.min()!, a.max()!, a.sum(), a.contains(2), a.firstIndex(of: 2)!)
// expect: 0 4 10 true 3
print(a.map { $0 * 2 }, a.filter { $0 % 2 == 0 }, a.reduce(0, +))
// expect: [0, 6, 2, 4, 8] [0, 2, 4] 10
print(a[1..<3], a.prefix(2), a.suffix(2), a.dropFirst(), a.dropLast())
// expect: [3, 1] [0, 3] [2, 4] [3, 1, 2, 4] [0, 3, 1, 2]
let removed = a.remove(at: 1)
print(removed, a, a.removeLast(), a)
// expect: 3 [0, 1, 2, 4] 4 [0, 1, 2]
a.append(contentsOf: [7, 8])
a += [9]
print(a, a.indices)
// expect: [0, 1, 2, 7, 8, 9] 0..<6
print(["a", "b"].joined(separator: "-"), [[1], [2, 3]].flatMap { $0 }, ["1", "x"].compactMap { Int($0) })
// expect: a-b [1, 2, 3] [1]
print([1.0, 2.0, 3.0].mean(), [2.0, 4.0].std(), [Int]())
// expect: 2.0 1.0 []
