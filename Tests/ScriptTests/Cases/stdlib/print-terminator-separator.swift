print(1, 2, 3, separator: ", ", terminator: ".\n")
// expect: 1, 2, 3.
