func down(_ n: Int) -> Int { down(n + 1) + 1 }
print("start")
down(0)
// expect: start
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
depth(9000)
// expect: 9000
