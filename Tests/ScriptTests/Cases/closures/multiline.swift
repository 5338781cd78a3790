let f: (Int) -> Int = { x in
    let y = x * 2
    return y + 1
}
print(f(3))
// expect: 7
let g = { () -> String in
    return "g"
}
print(g())
// expect: g
let sum = { (a: Int, b: Int) -> Int in a + b }
print(sum(2, 3))
// expect: 5
