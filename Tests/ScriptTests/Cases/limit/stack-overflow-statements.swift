func down(_ n: Int) -> Int {
    if n < 0 { return 0 }
    return down(n + 1) + 1
}
print("start")
down(0)
// expect: start
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
func depth(_ n: Int) -> Int {
    guard n > 0 else { return 0 }
    return 1 + depth(n - 1)
}
depth(9000)
// expect: 9000
