var ages = ["bob": 30, "alice": 25]
ages["carol"] = 41
print(ages)
// expect: ["bob": 30, "alice": 25, "carol": 41]
print(ages["bob"], ages["nobody"], ages.count)
// expect: Optional(30) nil 3
ages["bob"] = nil
print(ages.keys, ages.values)
// expect: ["alice", "carol"] [25, 41]
for (name, age) in ages { print(name, age) }
// expect: alice 25
// expect: carol 41
print(ages.removeValue(forKey: "alice")!, ages, ages.isEmpty)
// expect: 25 ["carol": 41] false
var counts: [String: Int] = [:]
for word in ["a", "b", "a"] { counts[word, default: 0] += 1 }
print(counts, [:] as [String: Int])
// expect: ["a": 2, "b": 1] [:]
print(counts.sorted(by: { $0.value < $1.value }).map { $0.key })
// expect: ["b", "a"]
