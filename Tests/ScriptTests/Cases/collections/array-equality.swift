var a = [1, 2]
let b = a
a.append(3)
print(a == b, a.count, b.count)
// expect: false 3 2
