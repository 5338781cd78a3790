import Foundation
let s = "Hello, World"
print(s.count, s.isEmpty, s.uppercased(), s.lowercased())
print(s.hasPrefix("Hell"), s.hasSuffix("x"), s.contains("lo, W"))
print(s.split(separator: ","))
print(s.replacingOccurrences(of: "l", with: "L"))
print(s + "!", s == "Hello, World", s < "Help")
// expect: 12 false HELLO, WORLD hello, world
// expect: true false true
// expect: ["Hello", " World"]
// expect: HeLLo, WorLd
// expect: Hello, World! true true
