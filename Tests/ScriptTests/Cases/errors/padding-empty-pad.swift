let s = "ab".padding(toLength: 4, withPad: "", startingAt: 0)
// expect error: RuntimeError: padding(withPad:) needs a pad of at least one character
