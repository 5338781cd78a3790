// A dictionary is a sequence of (key, value) pairs (min(by:), first(where:), contains(where:), reduce); compactMapValues, merging, grouping.
var s: Set = [3, 1, 2]
print(s.sorted(), s.count)
let words = ["apple", "banana", "avocado"]
let grouped = Dictionary(grouping: words, by: { $0.first! })
print(grouped.keys.sorted(), grouped["a"]!)
let d = ["b": 2, "a": 1]
print(d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
print(d.mapValues { $0 * 10 }.sorted { $0.key < $1.key })
print(d.filter { $0.value > 1 })
print(d.keys.sorted(), d.values.sorted(), d.min { $0.value < $1.value }!.key)
let merged = d.merging(["c": 3]) { a, _ in a }
print(merged.count, merged["c"]!)
print(Array(d.keys).sorted(), d.compactMapValues { $0 > 1 ? $0 : nil })
let e = Dictionary(uniqueKeysWithValues: zip(["x", "y"], [1, 2]))
print(e.sorted { $0.key < $1.key })
var f: [Int: [String]] = [:]
f[1, default: []].append("one")
print(f)
print(d.first { $0.value == 2 }!.key, d.contains { $0.key == "a" }, d.reduce(0) { $0 + $1.value })
// expect: [1, 2, 3] 3
// expect: ["a", "b"] ["apple", "avocado"]
// expect: a=1,b=2
// expect: [(key: "a", value: 10), (key: "b", value: 20)]
// expect: ["b": 2]
// expect: ["a", "b"] [1, 2] a
// expect: 3 3
// expect: ["a", "b"] ["b": 2]
// expect: [(key: "x", value: 1), (key: "y", value: 2)]
// expect: [1: ["one"]]
// expect: b true 3
