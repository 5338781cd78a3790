var s = 0
for i in stride(from: 10, to: 0, by: -3) { s += i }
print(s)
// expect: 22
for x in stride(from: 0.0, through: 1.0, by: 0.5) { print(x) }
// expect: 0.0
// expect: 0.5
// expect: 1.0
