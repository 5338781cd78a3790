func report() -> String {
    func fmt(_ x: Int) -> String { "int \(x)" }
    func fmt(_ x: Double) -> String { "double \(x)" }
    func fmt(label x: String) -> String { "label \(x)" }
    return [fmt(1), fmt(2.5), fmt(label: "z")].joined(separator: ", ")
}
print(report())
print(report())
func outer() -> Int {
    var count = 0
    func bump() { count += 1 }
    func bump(by n: Int) { count += n }
    bump(); bump(by: 5); bump()
    return count
}
print(outer())
// expect: int 1, double 2.5, label z
// expect: int 1, double 2.5, label z
// expect: 7
