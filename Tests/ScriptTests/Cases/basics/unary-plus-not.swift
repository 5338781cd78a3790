let x = 3
print(+x, !(x > 2), -(-x))
// expect: 3 false 3
