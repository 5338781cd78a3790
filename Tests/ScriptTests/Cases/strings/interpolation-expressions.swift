let items = ["a": 1]
print("count: \(items.count), first: \(items["a"] ?? 0), math: \((2 + 3) * 4)")
// expect: count: 1, first: 1, math: 20
