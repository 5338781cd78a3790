let f = { { { { 42 }() }() }() }
print(f())
// expect: 42
