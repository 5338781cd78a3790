var p = (x: 1, y: 2)
p.x += 10
print(p, p.x, p.1)
// expect: (x: 11, y: 2) 11 2
