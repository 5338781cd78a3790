let base = 100
func offset(_ x: Int, by delta: Int = base) -> Int { x + delta }
print(offset(1), offset(1, by: 2))
// expect: 101 3
