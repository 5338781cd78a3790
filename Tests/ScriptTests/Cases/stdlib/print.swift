print("a", "b", separator: "-")
// expect: a-b
print("no newline", terminator: "")
print(" then")
// expect: no newline then
print()
// expect: 
print([1.0, 2.5], ["k": [1]], [Optional(1), nil], (1, (2, "x")))
// expect: [1.0, 2.5] ["k": [1]] [Optional(1), nil] (1, (2, "x"))
print(String(describing: "s"), ["s"], [Character("c")])
// expect: s ["s"] ["c"]
