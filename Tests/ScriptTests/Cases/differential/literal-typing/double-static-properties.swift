struct S { static var s: Double = 1; static let g: Double = 9; static func half() -> Double { 1 / 2 } }
S.s = 2
print(S.s, S.g, S.half())
S.s += 1
print(S.s)
class K { static var k: Double = 0 }
K.k = 3
print(K.k)
// expect: 2.0 9.0 0.5
// expect: 3.0
// expect: 3.0
