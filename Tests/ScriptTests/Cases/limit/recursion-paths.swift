let kept = 41
func d(_ x: Int = d()) -> Int { x }
d()
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
kept + 1
// expect: 42
// %%
func viaMap(_ n: Int) -> [Int] { [n].map { viaMap($0 + 1).count } }
viaMap(0)
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
func viaSort(_ n: Int) -> Int { [2, 1].sorted { a, b in viaSort(n + 1) > 0 }.count }
viaSort(0)
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
var g: (Int) -> Int = { n in n }
g = { n in g(n + 1) }
g(0)
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
kept
// expect: 41
