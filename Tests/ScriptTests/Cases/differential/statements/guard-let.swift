func parse(_ text: String) -> Int {
    guard let n = Int(text) else { return -1 }
    guard n > 0 else { return 0 }
    return n * 2
}
print(parse("21"), parse("x"), parse("-3"))
func firstEven(_ xs: [Int]) -> String {
    guard let e = xs.first(where: { $0 % 2 == 0 }) else { return "none" }
    return "first even \(e)"
}
print(firstEven([1, 3, 4, 6]), firstEven([1]))
// expect: 42 -1 0
// expect: first even 4 none
