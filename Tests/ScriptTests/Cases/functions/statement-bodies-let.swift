func collatz(_ n: Int) -> Int {
    if n == 1 { return 0 }
    let next = n % 2 == 0 ? n / 2 : 3 * n + 1
    return 1 + collatz(next)
}
print(collatz(27))
// expect: 111
// %%
func adder(_ n: Int) -> Int {
    let k = n * 2
    let f = { (x: Int) -> Int in x + k }
    return f(1)
}
print(adder(5))
// expect: 11
// %%
func pick(_ n: Int) -> String {
    if n > 0 {
        let word = "positive"
        return word + "!"
    }
    let word = "not positive"
    return word
}
print(pick(1), pick(-1))
// expect: positive! not positive
// %%
func scaled(_ xs: [Double]) -> Double {
    let total = xs.reduce(0, +)
    guard total != 0 else { return 0 }
    let mean = total / Double(xs.count)
    return mean * 2
}
print(scaled([1, 2, 3]), scaled([]))
// expect: 4.0 0.0
// %%
func shadow(_ n: Int) -> Int {
    let n = n + 1
    return n
}
print(shadow(1))
// expect: 2
// %%
func late(_ n: Int) -> Int {
    let a = n / 0
    return a
}
late(3)
// expect error: RuntimeError: division by zero
