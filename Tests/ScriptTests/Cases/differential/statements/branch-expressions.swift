// if/switch expressions: nested, in return, in an assignment, with a throw in a branch, as a whole function body.
enum Shape { case circle(Double), square(Double), dot }
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): 3.0 * r * r
    case .square(let side): side * side
    case .dot: 0
    }
}
func label(_ n: Int) -> String {
    if n < 0 { "negative" } else if n == 0 { "zero" } else { n % 2 == 0 ? "even" : "odd" }
}
struct Bad: Error {}
func checked(_ x: Int) throws -> Int {
    let y = if x >= 0 { x * 2 } else { throw Bad() }
    return y
}
var total = 0
for n in -1...3 {
    let add = switch n {
    case ..<0: 100
    case 0: 10
    default: if n > 2 { 1000 } else { 1 }
    }
    total += add
}
print(area(.circle(1)), area(.square(2)), area(.dot), label(-3), label(0), label(7), label(8))
print(try checked(4), (try? checked(-1)) == nil, total)
func grade(_ score: Int) -> String {
    return if score >= 90 { "A" } else if score >= 80 { "B" } else { "C" }
}
print(grade(95), grade(85), grade(10))
// expect: 3.0 4.0 0.0 negative zero odd even
// expect: 8 true 1112
// expect: A B C
