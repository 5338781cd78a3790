let g: [Double: String] = [1: "a", 2.5: "b"]
print(g[1] ?? "none", g[2.5] ?? "none")
var h = [1.5: "x"]
h[2] = "y"
print(h[2] ?? "none", h.count)
var byKey: [Double: Int] = [:]
byKey[3] = 1
print(byKey)
// expect: a b
// expect: y 2
// expect: [3.0: 1]
