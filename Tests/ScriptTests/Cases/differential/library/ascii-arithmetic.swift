let c: Character = "z"
let code = c.asciiValue!
print(code, code - 97, Int(code) + 200)
var counts = [Int](repeating: 0, count: 26)
for ch in "hello" { counts[Int(ch.asciiValue! - Character("a").asciiValue!)] += 1 }
print(counts.enumerated().filter { $0.element > 0 }.map { "\(Character(UnicodeScalar(UInt8($0.offset) + 97)))\($0.element)" })
let shifted = "abc".map { Character(UnicodeScalar($0.asciiValue! + 1)) }
print(String(shifted))
print(Character("é").asciiValue == nil)
// expect: 122 25 322
// expect: ["e1", "h1", "l2", "o1"]
// expect: bcd
// expect: true
