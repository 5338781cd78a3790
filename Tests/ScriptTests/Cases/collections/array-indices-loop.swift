let a = ["x", "y"]
for i in a.indices { print(i, a[i]) }
// expect: 0 x
// expect: 1 y
