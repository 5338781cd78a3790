let x = 1
print("value \(y)")
// expect error: NameError: cannot find 'y' in scope
