protocol Shape { func area() -> Double }
struct Square: Shape { var side: Double }
// expect error: TypeError: type 'Square' does not conform to protocol 'Shape'
// expect traceback: cell 1, line 2, column 8: error: type 'Square' does not conform to protocol 'Shape'
// expect traceback:     struct Square: Shape { var side: Double }
// expect traceback:            ^~~~~~
