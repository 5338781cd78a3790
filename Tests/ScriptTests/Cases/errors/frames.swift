func inner(_ x: Int) -> Int {
    return x / 0
}
// %%
func train(steps: Int) -> Int {
    var total = 0
    total += inner(steps)
    return total
}
// %%
train(steps: 3)
// expect error: RuntimeError: division by zero
// expect traceback: cell 1, line 2, column 12: error: division by zero
// expect traceback:         return x / 0
// expect traceback:                ^~~~~
// expect traceback:   in 'inner(_:)' at cell 1, line 2
// expect traceback:   in 'train(steps:)' at cell 2, line 3
