let inputs = ["4", "x", "10"]
let numbers = inputs.map { Int($0) ?? 0 }
print(numbers)
let nested: Int?? = nil
print(nested == nil)
var cache: [String: Int] = [:]
let hit = cache["a"] ?? cache["b"] ?? -1
print(hit)
cache["b"] = 2
print(cache["a"] ?? cache["b"] ?? -1)
// expect: [4, 0, 10]
// expect: true
// expect: -1
// expect: 2
