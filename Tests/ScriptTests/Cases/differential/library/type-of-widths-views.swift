let a = UnicodeScalar(65)
print(type(of: UInt8(1)), type(of: Float(1)), type(of: "a".utf8), type(of: "a".unicodeScalars), type(of: a), type(of: "a".utf16))
print(type(of: "é".unicodeScalars.first!), type(of: Int8(1).magnitude), type(of: "a".utf8.first!))
// expect: UInt8 Float UTF8View UnicodeScalarView Optional<Scalar> UTF16View
// expect: Scalar UInt8 UInt8
