let mixed: [Double] = [1, 2.5]
let strings = ["a", "b"]
print(mixed, strings, [[1, 2], [3]], [] as [Int])
// expect: [1.0, 2.5] ["a", "b"] [[1, 2], [3]] []
