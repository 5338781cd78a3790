var arr = Array<Int>()
arr.append(1)
var names = [String]()
names.append("n")
var table = [String: Int]()
table["k"] = 1
var other = Dictionary<String, Int>()
print(arr, names, table, other, [String](repeating: "x", count: 2))
// expect: [1] ["n"] ["k": 1] [:] ["x", "x"]
