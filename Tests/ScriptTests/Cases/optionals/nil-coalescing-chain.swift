let a: Int? = nil
let b: Int? = nil
print(a ?? b ?? 7)
// expect: 7
