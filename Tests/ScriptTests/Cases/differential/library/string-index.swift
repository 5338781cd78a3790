let s = "Hello"
let i = s.index(s.startIndex, offsetBy: 1)
print(s[i])
let j = s.index(s.startIndex, offsetBy: 4)
print(s[i..<j])
print(s[s.startIndex], s[s.index(before: s.endIndex)])
print(s.firstIndex(of: "l").map { s.distance(from: s.startIndex, to: $0) }!)
// expect: e
// expect: ell
// expect: H o
// expect: 2
