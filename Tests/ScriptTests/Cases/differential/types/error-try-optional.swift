enum ParseError: Error { case empty, notANumber(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    return n
}
let inputs = ["12", "", "x7", "40"]
let parsed = inputs.map { try? parse($0) }
print(parsed)
print(parsed.compactMap { $0 }.reduce(0, +))
let sure = try! parse("5")
print(sure)
if let n = try? parse("9") { print("got", n) }
let fallback = (try? parse("bad")) ?? -1
print(fallback)
do {
    _ = try parse("zz")
} catch ParseError.notANumber(let text) where text.count == 2 {
    print("two letters: \(text)")
} catch {
    print("other")
}
// expect: [Optional(12), nil, nil, Optional(40)]
// expect: 52
// expect: 5
// expect: got 9
// expect: -1
// expect: two letters: zz
