var s = ""
for i in 1...5 { s += String(i) }
print(s)
var line = ""
for c in "hello" { line.append(c); line.append("-") }
print(line)
let words = ["swift", "is", "fun"]
print(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
print(String(repeating: "ab", count: 3))
// expect: 12345
// expect: h-e-l-l-o-
// expect: Swift Is Fun
// expect: ababab
