let a: Int? = 3
let b: Int? = nil
print(a, b, a!, a ?? 0, b ?? 0)
// expect: Optional(3) nil 3 3 0
if let value = a { print("has \(value)") }
// expect: has 3
if let value = b { print("has \(value)") } else { print("empty") }
// expect: empty
let words: [String]? = ["x", "yz"]
print(words?.count, words?.first?.count)
// expect: Optional(2) Optional(1)
let none: [String]? = nil
print(none?.count)
// expect: nil
print(Int("12"), Int("no"), Double("2.5"))
// expect: Optional(12) nil Optional(2.5)
if let a, a > 2 { print("shorthand \(a)") }
// expect: shorthand 3
b!
// expect error: RuntimeError: unexpectedly found nil while unwrapping an Optional value
