// A literal assigned over a UInt8 or Float (a variable, an element, a dictionary value, an inout parameter) takes
// that type; a collection literal with one fixed-width element is of that type.
var x: UInt8 = 1
x = 3
print(type(of: x), x &+ 255)
var y = Float(1)
y = 0.1
print(y * 3)
func setTenth(_ v: inout Float) { v = 0.1 }
var z = Float(2)
setTenth(&z)
print(z * 3)
var arr: [Float] = [1, 2]
arr[0] = 0.1
print(arr[0] * 3, arr)
var grid: [[UInt8]] = [[1, 2], [3, 4]]
grid[1][0] = 9
print(type(of: grid[1][0]), grid)
var d: [String: UInt8] = [:]
d["a"] = 3
d["b", default: 0] += 2
print(type(of: d["a"]!), type(of: d["b"]!), d.sorted { $0.key < $1.key })
var counts: [Character: UInt16] = [:]
for c in "hello" { counts[c, default: 0] += 1 }
print(counts["l"]!, type(of: counts["l"]!))
var weights = [String: Float]()
weights["w"] = 0.1
_ = d.updateValue(7, forKey: "a")
print(weights["w"]! * 3, type(of: d["a"]!))
let z3 = [Float(1), 2, 3].map { $0 * 2 }
print(z3, [UInt8(1), 5, 3].max()!, type(of: [UInt8(1), 5, 3].max()!))
print(UInt8(7).quotientAndRemainder(dividingBy: 2), UInt16(12).isMultiple(of: 4))
// expect: UInt8 2
// expect: 0.3
// expect: 0.3
// expect: 0.3 [0.1, 2.0]
// expect: UInt8 [[1, 2], [9, 4]]
// expect: UInt8 UInt8 [(key: "a", value: 3), (key: "b", value: 2)]
// expect: 2 UInt16
// expect: 0.3 UInt8
// expect: [2.0, 4.0, 6.0] 5 UInt8
// expect: (quotient: 3, remainder: 1) true
