let s = "xyz"
print(s.first == "x", s.last!, Array(s))
// expect: true z ["x", "y", "z"]
