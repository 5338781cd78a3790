// Literals inserted into a Set or used as dictionary keys take the collection's element type (UInt8, Int16, Float),
// also when the collection was created empty with its type written; type(of:) spells collections out.
var s = Set<UInt8>()
s.insert(3)
print(type(of: s.first!), s.contains(3), s.contains(4))
var t: Set<UInt8> = [1, 2]
t.insert(250)
print(t.sorted(), type(of: t.union([3]).first!))
print(t.intersection([2, 9]), t.isSubset(of: [1, 2, 250, 3]), t == [2, 1, 250])
print(t.insert(2), t.insert(5))
print(t.remove(1) as Any, t.remove(77) as Any)
let bytes = Set("hello".utf8)
print(bytes.contains(104), bytes.count)
var d: [UInt8: String] = [:]
d[65] = "A"
d[66, default: ""] += "B"
print(d.sorted { $0.key < $1.key }, type(of: d.keys.first!))
print(d.removeValue(forKey: 65) ?? "none", d.updateValue("b", forKey: 66) ?? "none", d[66] ?? "?")
var e = [UInt8: Int]()
e[7] = 1
print(e, type(of: e))
let f = [Float](repeating: 0.5, count: 2)
print(f, type(of: f[0]))
var g = Set<Float>()
g.insert(1.5)
print(g, type(of: g.first!))
let h = Set<Int16>([1, 2, 3])
print(h.sorted(), type(of: h.first!))
let a: Array<Int32> = [1, 2, 3]
print(type(of: a), type(of: [[1.5]]), type(of: [1: [2]]), type(of: Optional([1])))
// expect: UInt8 true false
// expect: [1, 2, 250] UInt8
// expect: [2] true true
// expect: (inserted: false, memberAfterInsert: 2) (inserted: true, memberAfterInsert: 5)
// expect: Optional(1) nil
// expect: true 4
// expect: [(key: 65, value: "A"), (key: 66, value: "B")] UInt8
// expect: A B b
// expect: [7: 1] Dictionary<UInt8, Int>
// expect: [0.5, 0.5] Float
// expect: [1.5] Float
// expect: [1, 2, 3] Int16
// expect: Array<Int32> Array<Array<Double>> Dictionary<Int, Array<Int>> Optional<Array<Int>>
