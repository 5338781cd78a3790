let numbers = [1, 2, 3]
let total = numbers.reduce(0) { acc, n in
    acc + missing
}
// expect error: NameError: cannot find 'missing' in scope
// expect traceback: cell 1, line 3, column 11: error: cannot find 'missing' in scope
// expect traceback:         acc + missing
// expect traceback:               ^~~~~~~
