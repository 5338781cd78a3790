let s = "héllo"
print(s.count, s.utf8.count, s.unicodeScalars.count)
print(Array(s.utf8.prefix(3)))
print("ABC".unicodeScalars.map { $0.value })
// expect: 5 6 5
// expect: [104, 195, 169]
// expect: [65, 66, 67]
