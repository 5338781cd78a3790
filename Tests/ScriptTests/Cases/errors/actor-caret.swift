actor Bank { var balance = 0 }
// expect error: SyntaxError: 'actor' is not supported in Loupe cells
// expect traceback: cell 1, line 1, column 1: error: 'actor' is not supported in Loupe cells
// expect traceback:     actor Bank { var balance = 0 }
// expect traceback:     ^~~~~
