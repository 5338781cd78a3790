func square(_ x: Int) -> Int { x * x }
func describe(_ x: Int) -> String { x % 2 == 0 ? "even" : "odd" }
var computed: Int { square(4) }
print(square(5), describe(3), describe(8), computed)
let names = ["b", "a"].map { $0.uppercased() }
print(names)
// expect: 25 odd even 16
// expect: ["B", "A"]
