struct P { var x: Int }
let ps = [P(x: 1)]
ps[0].x = 2
print("not run")
// expect error: TypeError: cannot assign to property: 'ps' is a 'let' constant
