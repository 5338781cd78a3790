var a: [Double] = [1.5]
a.append(3)
a.insert(4, at: 0)
a += [5]
a.append(contentsOf: [6, 7])
print(a)
var b = [1.5]
b.append(2)
b += [3]
print(b)
var c: [Double] = []
c.append(1)
print(c, c.contains(1), c.firstIndex(of: 1) as Any)
// expect: [4.0, 1.5, 3.0, 5.0, 6.0, 7.0]
// expect: [1.5, 2.0, 3.0]
// expect: [1.0] true Optional(0)
