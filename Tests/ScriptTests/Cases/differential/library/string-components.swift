import Foundation
// components(separatedBy:) keeps empty pieces (unlike split); trimmingCharacters; parsing a small CSV line.
let line = "  a, b,c  "
print(line.trimmingCharacters(in: .whitespaces))
print(line.components(separatedBy: ","))
print("x\n".trimmingCharacters(in: .whitespacesAndNewlines) + "|")
print("1,,2,".components(separatedBy: ","), "a--b--c".components(separatedBy: "--"), "none".components(separatedBy: ";"))
let fields = "name: Ada ; age: 36".components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }
print(fields, fields.map { $0.components(separatedBy: ": ")[1] })
// expect: a, b,c
// expect: ["  a", " b", "c  "]
// expect: x|
// expect: ["1", "", "2", ""] ["a", "b", "c"] ["none"]
// expect: ["name: Ada", "age: 36"] ["Ada", "36"]
