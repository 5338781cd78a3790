let name = "Ada"
let age = 36
print("\(name) is \(age) years old")
print("sum: \(1 + 2), list: \([1, 2]), opt: \(Optional(3) as Int?)")
print("nested \("inner \(age * 2)")")
let pi = 3.14159
print("pi ≈ \(pi)")
print("dict \(["a": 1])")
print("tuple \((1, "x"))")
// expect: Ada is 36 years old
// expect: sum: 3, list: [1, 2], opt: Optional(3)
// expect: nested inner 72
// expect: pi ≈ 3.14159
// expect: dict ["a": 1]
// expect: tuple (1, "x")
