let d = ["a": 1, "b": 2]
print(d.map { $0.key }.sorted(), d.isEmpty, d.values.reduce(0, +))
// expect: ["a", "b"] false 3
print(d.mapValues { $0 * 10 }, d.filter { $0.value > 1 })
// expect: ["a": 10, "b": 20] ["b": 2]
print(d.map { (key, value) in "\(key)=\(value)" })
// expect: ["a=1", "b=2"]
