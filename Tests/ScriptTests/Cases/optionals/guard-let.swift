func parse(_ s: String) -> Int {
    guard let value = Int(s), value > 0 else { return -1 }
    return value * 10
}
print(parse("3"), parse("x"), parse("-2"))
// expect: 30 -1 -1
