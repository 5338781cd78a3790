func box(width: Int = 1, height: Int = 2, depth: Int = 3) -> Int { width * 100 + height * 10 + depth }
print(box(), box(height: 5), box(width: 4, depth: 6))
// expect: 123 153 426
