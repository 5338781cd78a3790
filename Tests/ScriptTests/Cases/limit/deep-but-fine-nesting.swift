let deep = [[[[[[[[[[1]]]]]]]]]]
print(deep)
// expect: [[[[[[[[[[1]]]]]]]]]]
