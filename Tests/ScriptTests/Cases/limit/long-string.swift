var s = ""
for _ in 0..<1000 { s += "ab" }
s.count
// expect: 2000
