let text = "a1 B!"
for c in text {
    print(c, c.isLetter, c.isNumber, c.isWhitespace, c.isUppercase, c.asciiValue!)
}
print(Character("z").isLowercase)
// expect: a true false false false 97
// expect: 1 false true false false 49
// expect:   false false true false 32
// expect: B true false false true 66
// expect: ! false false false false 33
// expect: true
