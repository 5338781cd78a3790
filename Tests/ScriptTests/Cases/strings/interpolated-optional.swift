let x: Int? = 4
print("value: \(x)", "forced: \(x!)")
// expect: value: Optional(4) forced: 4
