let people = [("ann", 31), ("bob", 25)]
let sorted = people.sorted { $0.1 < $1.1 }
print(sorted.map { $0.0 }, people[0].1)
// expect: ["bob", "ann"] 31
for (name, age) in people { print(name, age) }
// expect: ann 31
// expect: bob 25
