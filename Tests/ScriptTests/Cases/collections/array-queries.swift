let a = [5, 3, 8, 1]
print(a.firstIndex(where: { $0 > 4 })!, a.last(where: { $0 < 5 })!, a.first(where: { $0 > 100 }))
// expect: 0 1 nil
print(a.contains(where: { $0 == 8 }), a.allSatisfy { $0 > 0 }, a.contains(42))
// expect: true true false
print(a.enumerated().map { $0.offset * $0.element })
// expect: [0, 3, 16, 3]
