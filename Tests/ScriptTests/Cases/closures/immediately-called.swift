let value = { 21 * 2 }()
print(value)
// expect: 42
