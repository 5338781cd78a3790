// Literals appended or inserted into an array of UInt8 or Float take the element type.
var b: [UInt8] = [1]
b.append(3)
b += [4, 5]
b.insert(9, at: 0)
b.append(contentsOf: [6])
print(b, Set(b.map { "\(type(of: $0))" }))
var fa: [Float] = [1]
fa.append(2.5)
fa += [0.1]
print(fa, type(of: fa[2]), fa[2] * 3)
var m = [UInt8(1)]
m += [2]
print(type(of: m[1]), m[1] &+ 255)
// expect: [9, 1, 3, 4, 5, 6] ["UInt8"]
// expect: [1.0, 2.5, 0.1] Float 0.3
// expect: UInt8 1
