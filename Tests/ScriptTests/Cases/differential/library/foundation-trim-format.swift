import Foundation
let line = "  a, b,c  "
print(line.trimmingCharacters(in: .whitespaces))
print(line.components(separatedBy: ","))
print("x\n".trimmingCharacters(in: .whitespacesAndNewlines) + "|")
print(String(format: "%.2f", 3.14159), String(format: "%d items", 5), String(format: "%05.1f|%-4d|", 2.5, 7))
// expect: a, b,c
// expect: ["  a", " b", "c  "]
// expect: x|
// expect: 3.14 5 items 002.5|7   |
