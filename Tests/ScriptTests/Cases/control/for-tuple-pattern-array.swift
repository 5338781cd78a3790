for (a, b) in [(1, "one"), (2, "two")] { print(a, b) }
// expect: 1 one
// expect: 2 two
