// An array declared with a fixed-width or Float element type keeps it while empty: appends, inserts, `+=` and
// assignments store their literals as that type (a variable, `[T]()`, an inout parameter, a capture).
var bytes: [UInt8] = []
bytes.append(200)
print(type(of: bytes[0]), bytes[0] &+ 100)
var losses: [Float] = []
losses.append(0.1)
losses.append(0.2)
print(losses[0] + losses[1], losses.reduce(0, +))
var more = [Float]()
more += [0.1, 0.2]
print(more, type(of: more[1]))
var replaced: [UInt8] = [1]
replaced = [250]
print(replaced[0] &+ 10)
func fill(_ xs: inout [UInt8]) {
    xs.append(7)
    xs.insert(9, at: 0)
}
var filled: [UInt8] = []
fill(&filled)
print(filled, type(of: filled[1]))
var small: [Int8] = []
small.append(contentsOf: [1, 2])
print(type(of: small[1]), small[1] &- 3)
let later = { bytes.append(3) }
later()
print(bytes, type(of: bytes[1]))
// expect: UInt8 44
// expect: 0.3 0.3
// expect: [0.1, 0.2] Float
// expect: 4
// expect: [9, 7] UInt8
// expect: Int8 -1
// expect: [200, 3] UInt8
