func f(in range: Int, for value: Int) -> Int { range + value }
print(f(in: 1, for: 2))
// expect: 3
