let x = 10
func f() -> Int {
    let x = 5
    return x
}
print(f(), x)
// expect: 5 10
func g(_ x: Int) -> Int {
    if x > 0 {
        let x = x * 2
        return x
    }
    return x
}
print(g(4), g(-1))
// expect: 8 -1
