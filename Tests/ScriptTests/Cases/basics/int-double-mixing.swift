let i = 3
let d = 0.5
print(i * d, i + d, Double(i) / 2, i / 2)
// expect: 1.5 3.5 1.5 1
