var s: Set<Double> = [1, 2.5]
s.insert(3)
s.remove(1)
print(s.contains(3), s.contains(1), s.count, s.sorted())
let t = Set([1.5, 2])
print(t.sorted(), t.contains(2))
var u = Set<Double>()
u.insert(4)
print(u)
// expect: true false 2 [2.5, 3.0]
// expect: [1.5, 2.0] true
// expect: [4.0]
