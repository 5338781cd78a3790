print("not run")
let x = 1
x = 2
// expect error: TypeError: cannot assign to value: 'x' is a 'let' constant
