let a = 5
print(a-1, a - 1, a*2, -a, a + -1)
// expect: 4 4 10 -5 4
