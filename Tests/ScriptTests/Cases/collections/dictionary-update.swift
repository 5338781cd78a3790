var d = ["x": 1]
let old = d.updateValue(5, forKey: "x")
let none = d.updateValue(7, forKey: "y")
print(old, none, d)
// expect: Optional(1) nil ["x": 5, "y": 7]
