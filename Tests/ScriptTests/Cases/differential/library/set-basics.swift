var s: Set = [3, 1, 2]
s.insert(2)
s.insert(5)
print(s.count, s.contains(5), s.contains(9))
print(s.sorted())
let t: Set = [2, 3, 4]
print(s.union(t).sorted(), s.intersection(t).sorted(), s.subtracting(t).sorted())
print(Set([1, 2]).isSubset(of: s), s.isSuperset(of: [1]))
s.remove(1)
print(s.sorted(), s.isEmpty)
// expect: 4 true false
// expect: [1, 2, 3, 5]
// expect: [1, 2, 3, 4, 5] [2, 3] [1, 5]
// expect: true true
// expect: [2, 3, 5] false
