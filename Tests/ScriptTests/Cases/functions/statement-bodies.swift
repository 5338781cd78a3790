func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
fib(20)
// expect: 6765
// %%
func sign(_ x: Int) -> String {
    if x < 0 {
        return "negative"
    } else if x == 0 {
        return "zero"
    } else {
        return "positive"
    }
}
print(sign(-5), sign(0), sign(7))
// expect: negative zero positive
// %%
func clamp(_ x: Double) -> Double {
    guard x >= 0 else { return 0 }
    guard x <= 1 else { return 1 }
    return x
}
print(clamp(-2), clamp(0.25), clamp(9))
// expect: 0.0 0.25 1.0
// %%
func fibOfTen() -> Int { fib(10) }
func fib(_ n: Int) -> Int {
    if n > 100 { return 0 }
    return n * 3
}
fibOfTen()
// expect: 30
// %%
func count(_ n: Int) -> Int {
    if n == 0 { return 0 }
    return 1 + count(n - 1)
}
count(9000)
// expect: 9000
// %%
func test(_ flag: Int) -> Int {
    if flag { return 1 }
    return 0
}
test(1)
// expect error: TypeError: type 'Int' cannot be used as a boolean; test for '!= nil' instead
// expect traceback: cell 6, line 2, column 8: error: type 'Int' cannot be used as a boolean; test for '!= nil' instead
// expect traceback:         if flag { return 1 }
// expect traceback:            ^~~~
// expect traceback:   in 'test(_:)' at cell 6, line 2
// %%
func grow(_ n: Int) -> Int {
    if n > 2 { return n * Int.max }
    return grow(n + 1)
}
grow(0)
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 7, line 2, column 23: error: arithmetic overflow
// expect traceback:         if n > 2 { return n * Int.max }
// expect traceback:                           ^~~~~~~~~~~
// expect traceback:   in 'grow(_:)' at cell 7, line 2
// expect traceback:   in 'grow(_:)' at cell 7, line 3
// expect traceback:   in 'grow(_:)' at cell 7, line 3
// expect traceback:   in 'grow(_:)' at cell 7, line 3
// %%
func half(_ x: Int) -> Double {
    if x > 0 { return x / 2 }
    return 0
}
print(half(3), half(-1))
// expect: 1.0 0.0
// %%
func typed(_ x: Int) -> Int {
    if x > 0 { return x }
    return 0
}
typed(2.5)
// expect error: TypeError: cannot convert value of type 'Double' to expected argument type 'Int' (argument 'x')
// expect traceback: cell 9, line 5, column 1: error: cannot convert value of type 'Double' to expected argument type 'Int' (argument 'x')
// expect traceback:     typed(2.5)
// expect traceback:     ^~~~~~~~~~
// %%
func first(_ xs: [Int]) -> Int {
    guard let head = xs.first else { return -1 }
    return head
}
print(first([4, 5]), first([]))
// expect: 4 -1
