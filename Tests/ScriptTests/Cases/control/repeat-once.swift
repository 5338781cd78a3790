var n = 10
repeat { n += 1 } while n < 5
print(n)
// expect: 11
