func bump(_ x: inout Int) { x += 1 }
let fixed = 1
bump(&fixed)
// expect error: TypeError: cannot pass immutable value as inout argument: 'fixed' is a 'let' constant
