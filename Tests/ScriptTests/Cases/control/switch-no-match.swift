let n = 4
switch n {
case 1: print("one")
case 2: print("two")
}
// expect error: RuntimeError: switch must be exhaustive; no case matched
