import Foundation
for s in ["hello world", "hELLO wORLD", "it's a dog's-life", "x1y z_w", "élan vital", "tab\tsep\nline", "3rd place", "a.b,c;d", "", "  lead", "'hello", "o'neil", "a''b", "straße", "ǆemal", "ab’cd", "x²y", "αβγ δε", "hello👋world", "x-ray/yes"] {
    print("[\(s.capitalized)]")
}
print("Hello".padding(toLength: 8, withPad: ".", startingAt: 0) + "|")
print("Hello, World".padding(toLength: 5, withPad: " ", startingAt: 0) + "|")
print("ab".padding(toLength: 7, withPad: "xyz", startingAt: 1) + "|")
print("abc".padding(toLength: 3, withPad: "-", startingAt: 0) + "|")
let names = ["ann", "bob smith"]
for n in names { print(n.capitalized.padding(toLength: 10, withPad: " ", startingAt: 0) + "|") }
// expect: [Hello World]
// expect: [Hello World]
// expect: [It's A Dog's-Life]
// expect: [X1Y Z_W]
// expect: [Élan Vital]
// expect: [Tab	Sep
// expect: Line]
// expect: [3Rd Place]
// expect: [A.B,C;D]
// expect: []
// expect: [  Lead]
// expect: ['Hello]
// expect: [O'neil]
// expect: [A''b]
// expect: [Straße]
// expect: [ǅemal]
// expect: [Ab’cd]
// expect: [X²Y]
// expect: [Αβγ Δε]
// expect: [Hello👋World]
// expect: [X-Ray/Yes]
// expect: Hello...|
// expect: Hello|
// expect: abyzxyz|
// expect: abc|
// expect: Ann       |
// expect: Bob Smith |
