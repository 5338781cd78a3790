var f: Float = 1.5
f = 7 / 2
print(f)
let g: Float = 1 / 3
print(g)
var fs: [Float] = [0, 1]
fs.append(2)
fs[0] = 5
print(fs)
var fd: [String: Float] = ["a": 1]
fd["a"] = 2
print(fd)
print(Float(0.1), Double(Float(0.1)))
// expect: 3.5
// expect: 0.33333334
// expect: [5.0, 1.0, 2.0]
// expect: ["a": 2.0]
// expect: 0.1 0.10000000149011612
