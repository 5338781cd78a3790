var total = 0
for i in 0..<100_000 { total += i % 7 }
print(total)
// expect: 299995
