var a = [5, 3, 8, 1]
print(a.count, a.isEmpty, a.first!, a.last!, a.min()!, a.max()!)
a.append(9)
a.append(contentsOf: [2, 2])
a.insert(0, at: 1)
print(a)
print(a.remove(at: 1), a.removeLast(), a)
print(a.sorted(), a.sorted(by: >), Array(a.reversed()))
print(a.contains(8), a.contains(42), a.firstIndex(of: 8)!)
print(Array(a.indices))
// expect: 4 false 5 1 1 8
// expect: [5, 0, 3, 8, 1, 9, 2, 2]
// expect: 0 2 [5, 3, 8, 1, 9, 2]
// expect: [1, 2, 3, 5, 8, 9] [9, 8, 5, 3, 2, 1] [2, 9, 1, 8, 3, 5]
// expect: true false 2
// expect: [0, 1, 2, 3, 4, 5]
