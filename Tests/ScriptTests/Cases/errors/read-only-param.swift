func f(_ x: Int) { x = 2 }
// expect error: TypeError: cannot assign to value: 'x' is a 'let' constant
