let model = 1
let y = modle(3)
// expect error: NameError: cannot find 'modle' in scope; did you mean 'model'?
// expect traceback: cell 1, line 2, column 9: error: cannot find 'modle' in scope; did you mean 'model'?
// expect traceback:     let y = modle(3)
// expect traceback:             ^~~~~
