// Removing keeps the order of the rest, in small and large dictionaries (holes are squeezed out later).
var d: [String: Int] = ["a": 1, "b": 2, "c": 3, "d": 4]
d["b"] = nil
d["e"] = 5
_ = d.removeValue(forKey: "a")
d["b"] = 6
print(d, d.count, Array(d.keys), Array(d.values))
// expect: ["c": 3, "d": 4, "e": 5, "b": 6] 4 ["c", "d", "e", "b"] [3, 4, 5, 6]
let copy = d
d["c"] = nil
print(copy.count, d.count, copy["c"] ?? -1, d["c"] ?? -1)
// expect: 4 3 3 -1
var big: [Int: Int] = [:]
for k in 0..<1000 { big[k] = k * 2 }
for k in stride(from: 0, to: 1000, by: 3) { big[k] = nil }
for k in 0..<1000 where k % 3 == 0 && k % 2 == 0 { big[k] = -k }
var firstKeys: [Int] = []
for (k, _) in big where firstKeys.count < 6 { firstKeys.append(k) }
print(big.count, firstKeys, big[1] ?? 0, big[3] ?? 0, big[6] ?? 0, big[999] ?? 0)
// expect: 833 [1, 2, 4, 5, 7, 8] 2 0 -6 0
var s = Set(0..<100)
for k in 0..<90 { s.remove(k) }
s.insert(5)
print(s.count, s.sorted().prefix(3), s.contains(95), s.contains(50))
// expect: 11 [5, 90, 91] true false
