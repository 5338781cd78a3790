let s = "Hello"
print(s.lowercased().count, s.map { String($0) }.joined(separator: "."))
// expect: 5 H.e.l.l.o
let c: Character = "x"
print(c, String(c) + "y", [c])
// expect: x xy ["x"]
print("abc".filter { $0 != "b" }, "abc".contains("d"))
// expect: ac false
