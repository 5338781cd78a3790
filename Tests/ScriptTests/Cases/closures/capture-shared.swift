func makePair() -> (() -> Int, () -> Void) {
    var n = 0
    return ({ n }, { n += 1 })
}
let (get, bump) = makePair()
bump()
bump()
print(get())
// expect: 2
