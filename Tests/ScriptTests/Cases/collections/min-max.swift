print([3, 9, 2].min()!, ["b", "a"].max()!, [Int]().min())
// expect: 2 b nil
print(min(4, 2.5), max("a", "b"))
// expect: 2.5 b
