func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    default: return "consonant"
    }
}
print(kind("e"), kind("z"))
// expect: vowel consonant
