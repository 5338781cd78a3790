// `d[k, default: c] += v` with Int keys, defaults and increments runs in place; every other shape takes the general
// path, with the same values, types and errors.
func counts(_ n: Int) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for k in 0..<n { counts[k % 4, default: 10] += k }
    return counts
}
print(counts(10))
// expect: [0: 22, 1: 25, 2: 18, 3: 20]
var shared: [Int: Int] = [1: 1]
let copy = shared
shared[1, default: 0] += 5
shared[2, default: -1] += 1
print(shared, copy)
// expect: [1: 6, 2: 0] [1: 1]
var bytes: [Int: UInt8] = [:]
bytes[3, default: 250] += 2
print(bytes, type(of: bytes[3]!))
// expect: [3: 252] UInt8
var small: [UInt8: Int] = [:]
small[7, default: 0] += 1
small[7, default: 0] += 1
print(small, type(of: small.keys.first!))
// expect: [7: 2] UInt8
var doubles: [Int: Double] = [0: 0.5]
doubles[0, default: 0] += 1
print(doubles)
// expect: [0: 1.5]
var removed: [Int: Int] = [:]
for k in 0..<40 { removed[k] = k }
for k in 0..<39 { removed[k] = nil }
removed[39, default: 0] += 1
removed[0, default: 0] += 1
print(removed)
// expect: [39: 40, 0: 1]
// %%
var big: [Int: Int] = [1: Int.max]
big[1, default: 0] += 1
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 2, line 2, column 1: error: arithmetic overflow
// expect traceback:     big[1, default: 0] += 1
// expect traceback:     ^~~~~~~~~~~~~~~~~~~~~~~
// %%
print(big)
// expect: [1: 9223372036854775807]
var fresh: [Int: Int] = [:]
fresh[2, default: Int.max] += 1
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 3, line 4, column 1: error: arithmetic overflow
// expect traceback:     fresh[2, default: Int.max] += 1
// expect traceback:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// %%
print(fresh.isEmpty)
// expect: true
