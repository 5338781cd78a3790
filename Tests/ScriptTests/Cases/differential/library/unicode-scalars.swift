let a = UnicodeScalar(65)
print(a as Any)
print(Character(UnicodeScalar(66)))
let b = UnicodeScalar(UInt8(67))
print(b, b.value, b.isASCII)
let n: UInt32 = 0x1F600
if let e = UnicodeScalar(n) { print(e, String(e), Character(e)) }
print(UnicodeScalar(0xD800) == nil)
print(UInt8(ascii: "a"), "z".unicodeScalars.first!.value - 1)
for u in "hé".unicodeScalars { print(u, u.value) }
let letters = (0..<5).map { Character(UnicodeScalar(UInt8(97 + $0))) }
print(String(letters))
let c: Character = "x"
print(c.asciiValue!, c.isLetter, Character("7").isNumber, Character("7").wholeNumberValue!)
// expect: Optional("A")
// expect: B
// expect: C 67 true
// expect: 😀 😀 😀
// expect: true
// expect: 97 121
// expect: h 104
// expect: é 233
// expect: abcde
// expect: 120 true true 7
