let people = [("ann", 31), ("bob", 17), ("cy", 45), ("di", 12)]
let adults = people.filter { $0.1 >= 18 }.map { $0.0.uppercased() }
print(adults)
let ages = people.map { $0.1 }
print(ages.sorted().reversed().map { $0 }, ages.reduce(0) { $0 + $1 } / ages.count)
let byAge = people.sorted { $0.1 < $1.1 }.map { $0.0 }
print(byAge)
// expect: ["ANN", "CY"]
// expect: [45, 31, 17, 12] 26
// expect: ["di", "bob", "ann", "cy"]
