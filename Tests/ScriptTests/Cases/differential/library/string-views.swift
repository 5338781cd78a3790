let s = "héllo"
print(s.count, s.utf8.count, s.unicodeScalars.count, s.utf16.count)
print(Array(s.utf8.prefix(3)))
print("ABC".unicodeScalars.map { $0.value })
print(s.utf8, s.unicodeScalars)
var total = 0
for byte in "abc".utf8 { total += Int(byte) }
print(total)
let bytes = Array("Hi!".utf8)
print(bytes, bytes.count, bytes[0])
print(String(decoding: bytes, as: UTF8.self))
print("naïve".unicodeScalars.filter { $0.isASCII }.count)
print("abc".utf8.first!, "abc".utf8.last!, "".utf8.first == nil)
print("abc".utf8.contains(98), "abc".utf8.reduce(0) { $0 + Int($1) })
// expect: 5 6 5 5
// expect: [104, 195, 169]
// expect: [65, 66, 67]
// expect: héllo héllo
// expect: 294
// expect: [72, 105, 33] 3 72
// expect: Hi!
// expect: 4
// expect: 97 99 true
// expect: true 294
