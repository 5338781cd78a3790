let word = "swift"
print(String(word.reversed()))
for (i, c) in word.enumerated() where i % 2 == 0 { print(i, c) }
print(word.first!, word.last!, Array(word))
print(String(word.dropFirst()), String(word.dropLast(2)), String(word.prefix(3)), String(word.suffix(2)))
print(word.map { String($0).uppercased() }.joined())
print(word.filter { $0 != "i" })
// expect: tfiws
// expect: 0 s
// expect: 2 i
// expect: 4 t
// expect: s t ["s", "w", "i", "f", "t"]
// expect: wift swi swi ft
// expect: SWIFT
// expect: swft
