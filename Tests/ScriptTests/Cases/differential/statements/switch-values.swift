func name(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2, 3: return "small"
    case 4..<10: return "medium"
    case 10...: return "large"
    default: return "negative"
    }
}
print([0, 2, 7, 10, 500, -1].map(name))
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u": print("vowel")
default: print("consonant")
}
// expect: ["zero", "small", "medium", "large", "large", "negative"]
// expect: vowel
