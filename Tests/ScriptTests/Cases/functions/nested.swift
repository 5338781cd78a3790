func outer(_ x: Int) -> Int {
    func square(_ y: Int) -> Int { y * y }
    func countdown(_ k: Int) -> Int { k == 0 ? 0 : 1 + countdown(k - 1) }
    return square(x) + countdown(3)
}
print(outer(4))
// expect: 19
func makeCounter() -> () -> Int {
    var count = 0
    func increment() -> Int {
        count += 1
        return count
    }
    return increment
}
let next = makeCounter()
print(next(), next(), next())
// expect: 1 2 3
