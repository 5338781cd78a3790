var s = "a"
s += "b"
s = s + "c"
print(s, s.count)
// expect: abc 3
