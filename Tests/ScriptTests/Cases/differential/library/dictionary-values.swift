var inventory: [String: [Int]] = [:]
inventory["a", default: []].append(1)
inventory["a", default: []].append(2)
inventory["b"] = [7]
print(inventory.sorted { $0.key < $1.key })
if let items = inventory["a"] { print(items.count) }
let merged = ["x": 1].merging(["x": 5, "y": 2]) { $0 + $1 }
print(merged.sorted { $0.key < $1.key })
// expect: [(key: "a", value: [1, 2]), (key: "b", value: [7])]
// expect: 2
// expect: [(key: "x", value: 6), (key: "y", value: 2)]
