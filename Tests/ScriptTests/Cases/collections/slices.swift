var a = [10, 20, 30, 40]
print(a[1...2], a[0..<0])
// expect: [20, 30] []
a[1..<3] = [7]
print(a)
// expect: [10, 7, 40]
print(a[5])
// expect error: RuntimeError: index 5 out of range (count 3)
