var d = ["a": 1.5]
d["a"] = 2
print(d)
var e: [String: Double] = [:]
e["x"] = 4
e.updateValue(5, forKey: "y")
print(e["x"]!, e["y"]!)
let f: [String: Double] = ["k": 1]
print(f)
var counts: [String: Double] = [:]
for word in ["p", "q", "p"] { counts[word, default: 0] += 1 }
print(counts["p"]!, counts["q"]!)
// expect: ["a": 2.0]
// expect: 4.0 5.0
// expect: ["k": 1.0]
// expect: 2.0 1.0
