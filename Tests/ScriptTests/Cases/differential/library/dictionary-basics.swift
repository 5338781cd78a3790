var d = ["a": 1, "b": 2]
d["c"] = 3
print(d["a"]!, d["z"] as Any, d.count)
d["a"] = nil
print(d.keys.sorted(), d.values.sorted())
print(d.removeValue(forKey: "b")!, d.count)
print(d["q", default: 0])
print(d.isEmpty)
// expect: 1 nil 3
// expect: ["b", "c"] [2, 3]
// expect: 2 1
// expect: 0
// expect: false
