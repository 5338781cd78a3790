print([1, 2, 3].sum(), [0.5, 1.5].sum(), [Int]().sum())
// expect: 6 2.0 0
print([2, 4, 4, 4, 5, 5, 7, 9].std(), [1, 2].mean())
// expect: 2.0 1.5
