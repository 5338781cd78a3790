var d: [String: Int] = [:]
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["a"] = 4
print(d, Array(d.keys))
// expect: ["z": 1, "a": 4, "m": 3] ["z", "a", "m"]
