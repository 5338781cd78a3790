var x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
print(x)
// expect: 2.25
