print("apple" < "banana", (1, 2) < (1, 3), Character("a") < Character("b"))
// expect: true true true
print(1 == 1.0, [1, 2] == [1, 2], ["a": 1] == ["a": 1], (1, "x") == (1, "x"))
// expect: true true true true
print(nil == (nil as Int?), Optional(3) == 3)
// expect: true true
