var o: Double? = 3
print(o as Any)
o = 4
print(o as Any)
var i: Int? = nil
i = 5
print(i as Any)
var s: String? = "a"
s = "b"
print(s as Any)
var xs: [Int?] = [1, nil]
xs[1] = 3
print(xs)
let q: Double? = nil
print(q ?? 6)
// expect: Optional(3.0)
// expect: Optional(4.0)
// expect: Optional(5)
// expect: Optional("b")
// expect: [Optional(1), Optional(3)]
// expect: 6.0
