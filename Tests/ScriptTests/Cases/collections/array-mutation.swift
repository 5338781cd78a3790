var a = [1, 2, 3, 4, 5]
a.removeAll(where: { $0 % 2 == 0 })
print(a)
// expect: [1, 3, 5]
a.reverse()
print(a, a.popLast()!, a)
// expect: [5, 3, 1] 1 [5, 3]
a.sort()
a.swapAt(0, 1)
print(a, a.removeFirst(), a)
// expect: [5, 3] 5 [3]
a.removeAll()
print(a, a.isEmpty, a.first)
// expect: [] true nil
