var counts: [String: Int] = [:]
for word in ["a", "b", "a", "c", "a"] { counts[word, default: 0] += 1 }
print(counts["a"]!, counts["b"]!, counts["c"]!, counts.count)
// expect: 3 1 1 3
var lists: [String: [Int]] = ["k": [1]]
lists["k"]!.append(2)
lists["k"]![0] = 7
lists["k", default: []].append(3)
lists["m", default: []].append(4)
lists["q"]?.append(5)
print(lists["k"]!, lists["m"]!, lists["q"] == nil)
// expect: [7, 2, 3] [4] true
var d = ["x": 1, "y": 2]
let maybe: Int? = 5
d["x"] = maybe
d["y"] = nil
print(d)
// expect: ["x": 5]
