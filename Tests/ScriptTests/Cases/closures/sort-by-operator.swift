print([3, 1, 2].sorted(by: >), ["b", "a"].sorted(by: <))
// expect: [3, 2, 1] ["a", "b"]
