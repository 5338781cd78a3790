func describe(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2: return "small"
    case 3..<10: return "medium"
    case let big where big > 100: return "huge \(big)"
    default: return "large"
    }
}
print(describe(0), describe(2), describe(5), describe(50), describe(500))
// expect: zero small medium large huge 500
let point = (1, 0)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("on x axis at \(x)")
case (_, let y): print("y is \(y)")
}
// expect: on x axis at 1
let word = "b"
switch word {
case "a": print("A")
case "b": print("B")
default: print("?")
}
// expect: B
