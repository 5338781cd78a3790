print("not run")
var a = 1
var a = 2
// expect error: NameError: invalid redeclaration of 'a'
