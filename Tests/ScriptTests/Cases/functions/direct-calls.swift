func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func fibOfTen() -> Int { fib(10) }
fibOfTen()
// expect: 55
// %%
func fib(_ n: Int) -> Int { n * 100 }
fibOfTen()
// expect: 1000
// %%
func half(_ x: Double) -> Double { x / 2 }
half(3)
// expect: 1.5
// %%
func twice(_ x: Int) -> Double { x * 2 }
twice(2)
// expect: 4.0
// %%
func add(_ a: Int, _ b: Int) -> Int { a + b }
func scale(_ x: Int, by k: Int) -> Int { x * k }
add(2, scale(3, by: 4))
// expect: 14
// %%
func three(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 100 + b * 10 + c }
three(1, 2, 3)
// expect: 123
// %%
func g(_ x: Int) -> Int { x + 1 }
func useG() -> Int { g(1) }
useG()
// expect: 2
// %%
let g = { (x: Int) -> Int in x * 10 }
useG()
// expect: 10
// %%
func big(_ n: Int) -> Int { n * Int.max }
func callsBig() -> Int { big(2) }
callsBig()
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 9, line 1, column 29: error: arithmetic overflow
// expect traceback:     func big(_ n: Int) -> Int { n * Int.max }
// expect traceback:                                 ^~~~~~~~~~~
// expect traceback:   in 'big(_:)' at cell 9, line 1
// expect traceback:   in 'callsBig()' at cell 9, line 2
