let flag = "🇫🇷é"
print(flag.count)
// expect: 2
let word = "café"
print(word.count, word.uppercased(), word.hasPrefix("ca"), word.hasSuffix("fé"))
// expect: 4 CAFÉ true true
print("a,b,,c".split(separator: ","))
// expect: ["a", "b", "c"]
print("hello world".replacingOccurrences(of: "o", with: "0"), "abc".contains("bc"))
// expect: hell0 w0rld true
print("ab" + "cd", "x".isEmpty, "".isEmpty)
// expect: abcd false true
for c in "hi" { print(c) }
// expect: h
// expect: i
print(word.first!, String(word.reversed()))
// expect: c éfac
