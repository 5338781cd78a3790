// Float.random(in:) and the fixed-width integers' random(in:) stay in range and in their types; UnicodeScalar(65)
// with a member after it is the non-optional UInt8 initializer, alone it is the optional Int one.
var allIn = true
for _ in 0..<200 {
    let f = Float.random(in: 0..<1)
    let g = Float.random(in: -2...2)
    let b = UInt8.random(in: 250...255)
    let i = Int8.random(in: -128..<(-120))
    if !(f >= 0 && f < 1 && g >= -2 && g <= 2 && b >= 250 && i < -120) { allIn = false }
}
print(allIn, type(of: Float.random(in: 1..<2)), type(of: UInt16.random(in: 0...9)))
print(UnicodeScalar(65).value, Unicode.Scalar(66)!.value, UnicodeScalar(97) as Any)
print(type(of: UnicodeScalar(65).value), UnicodeScalar(UInt8(67)))
// expect: true Float UInt16
// expect: 65 66 Optional("a")
// expect: UInt32 C
