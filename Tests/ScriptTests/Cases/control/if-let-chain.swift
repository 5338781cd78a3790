let a: Int? = 1
let b: Int? = nil
if let x = a, let y = b { print(x + y) } else { print("missing") }
// expect: missing
if let x = a, x > 0 { print("positive") }
// expect: positive
