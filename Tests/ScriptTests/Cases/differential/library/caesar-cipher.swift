func shift(_ c: Character, by k: Int) -> Character {
    guard let ascii = c.asciiValue, c.isLetter, c.isLowercase else { return c }
    let base = Int(Character("a").asciiValue!)
    return Character(UnicodeScalar(UInt8((Int(ascii) - base + k) % 26 + base)))
}
let secret = String("hello world".map { shift($0, by: 3) })
print(secret)
print(String(secret.map { shift($0, by: 23) }))
// expect: khoor zruog
// expect: hello world
