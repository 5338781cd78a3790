var s = "abc"
s.append("d")
s.append(contentsOf: "ef")
s += "g"
print(s)
print(s.removeLast(), s)
print(s.removeFirst(), s)
var built = ""
for n in 1...3 { built.append(String(n)); built.append(",") }
print(built)
// expect: abcdefg
// expect: g abcdef
// expect: a bcdef
// expect: 1,2,3,
