// Character's uppercased()/lowercased() give a String; the classification properties and digit values.
let c: Character = "a"
print(c.isUppercase, c.uppercased(), c.asciiValue!, c.isWhitespace, c.isPunctuation, c.wholeNumberValue as Any)
print(Character("7").wholeNumberValue!, Character("x").isHexDigit, Character("F").hexDigitValue!)
print(Character("ß").uppercased(), Character("Q").lowercased(), "Swift".map { $0.isUppercase ? $0.lowercased() : $0.uppercased() }.joined())
// expect: false A 97 false false nil
// expect: 7 false 15
// expect: SS q sWIFT
