// `s += …` on a String appends to the string moved out of its place; a copy taken before keeps its text.
var s = "ab"
let before = s
s += "cd"
s += Character("é")
var parts = ["x", "y"]
parts[1] += "z"
struct Named { var name = "n" }
var n = Named()
n.name += "1"
func grow(_ t: inout String) { t += "!" }
grow(&s)
print(s, before, parts, n.name, s.count)
// expect: abcdé! ab ["x", "yz"] n1 6
func build(_ count: Int) -> String {
    var out = ""
    for k in 0..<count { out += String(k % 10) }
    let snapshot = out
    out += "|"
    return snapshot + out
}
print(build(12))
// expect: 012345678901012345678901|
var mixed = "a"
mixed += "b" + "c"
print(mixed)
// expect: abc
// %%
// The first element and the type name after removals from the front stay right (found past the holes).
var set = Set(0..<100)
var popped: [Int] = []
for _ in 0..<60 { if let x = set.popFirst() { popped.append(x) } }
print(popped.prefix(3), popped.last ?? -1, set.first ?? -1, set.count, type(of: set))
// expect: [0, 1, 2] 59 60 40 Set<Int>
_ = set.removeFirst()
set.insert(7)
print(set.first ?? -1, set.count, set.contains(7), set.contains(60))
// expect: 61 40 true false
var d: [Int: String] = [:]
for k in 0..<50 { d[k] = String(k) }
for k in 0..<45 { d[k] = nil }
print(d.keys.first ?? -1, d.count, type(of: d), d)
// expect: 45 5 Dictionary<Int, String> [45: "45", 46: "46", 47: "47", 48: "48", 49: "49"]
var empty = Set([1])
_ = empty.popFirst()
print(empty.popFirst() ?? -1, empty.isEmpty)
// expect: -1 true
