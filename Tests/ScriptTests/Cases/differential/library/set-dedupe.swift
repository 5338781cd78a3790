let names = ["b", "a", "b", "c", "a"]
print(Set(names).sorted())
var seen = Set<String>()
var ordered: [String] = []
for n in names where !seen.contains(n) { seen.insert(n); ordered.append(n) }
print(ordered)
print(Set(names).count, Set([1, 2]).symmetricDifference(Set([2, 3])).sorted())
// expect: ["a", "b", "c"]
// expect: ["b", "a", "c"]
// expect: 3 [1, 3]
