func set(_ x: inout Double) { x = 3 }
var v = 1.5
set(&v)
print(v)
func bump(_ x: inout Double) { x += 1 }
bump(&v)
print(v)
func fill(_ a: inout [Double]) { for i in a.indices { a[i] = 0 } }
var xs = [1.5, 2.5]
fill(&xs)
print(xs)
func put(_ d: inout [String: Double]) { d["k"] = 1 }
var dd: [String: Double] = [:]
put(&dd)
print(dd)
// expect: 3.0
// expect: 4.0
// expect: [0.0, 0.0]
// expect: ["k": 1.0]
