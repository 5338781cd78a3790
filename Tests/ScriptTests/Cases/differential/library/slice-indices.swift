// An array slice keeps its parent's indices: subscripts, startIndex/endIndex, indices, firstIndex.
let a = [10, 20, 30, 40, 50, 60]
let s = a[2..<5]
print(s, s.count, s.startIndex, s.endIndex)
print(s[2], s[4], a[2..<4][3])
print(s.indices, s.firstIndex(of: 40) ?? -1, s.lastIndex(where: { $0 > 20 }) ?? -1)
for i in s.indices { print(i, s[i], terminator: "; ") }
print()
let t = s[3...]
print(t, t.startIndex, t[3], t.first ?? 0, t.last ?? 0)
print(a[..<2], a[4...], a[1...2])
print(Array(s), Array(s)[0], Array(s).startIndex)
// expect: [30, 40, 50] 3 2 5
// expect: 30 50 40
// expect: 2..<5 3 4
// expect: 2 30; 3 40; 4 50; 
// expect: [40, 50] 3 40 40 50
// expect: [10, 20] [50, 60] [20, 30]
// expect: [30, 40, 50] 30 0
