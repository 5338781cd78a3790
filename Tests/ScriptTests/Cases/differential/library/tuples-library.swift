let pairs = [(1, "one"), (2, "two"), (3, "three")]
print(pairs.map { $0.1 })
print(pairs.filter { $0.0 > 1 }.map { $0.1 })
let (q, r) = 17.quotientAndRemainder(dividingBy: 4)
print(q, r)
let named = (name: "x", size: 3)
print(named, named.name)
print(pairs.sorted { $0.1 < $1.1 }.map { $0.0 })
// expect: ["one", "two", "three"]
// expect: ["two", "three"]
// expect: 4 1
// expect: (name: "x", size: 3) x
// expect: [1, 3, 2]
