Int.random(in: 5..<5)
// expect error: RuntimeError: Can't get random value with an empty range
