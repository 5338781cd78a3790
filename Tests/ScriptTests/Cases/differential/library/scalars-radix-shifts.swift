print(1 << UInt8(3), 256 >> UInt8(4))
print(String(UInt8(255), radix: 16), String(Int8(-5), radix: 2), String(255, radix: 16, uppercase: true))
let scalars = "Hello".unicodeScalars
print(scalars.count, scalars.map { $0.value }.reduce(0, +))
let t: UInt32 = 65
print(Character(UnicodeScalar(t)!), UnicodeScalar(t)! == "A")
print("abc".unicodeScalars.first! < "b".unicodeScalars.first!)
print(Array("héllo".unicodeScalars).count, "é".utf16.first!)
print(Dictionary(grouping: ["b", "a", "b"], by: \.self).mapValues(\.count).sorted { $0.key < $1.key })
// expect: 8 16
// expect: ff -101 FF
// expect: 5 500
// expect: A true
// expect: true
// expect: 5 233
// expect: [(key: "a", value: 1), (key: "b", value: 2)]
