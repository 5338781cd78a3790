let (a, b) = (1, 2, 3)
// expect error: TypeError: cannot destructure a tuple of 3 elements into 2 names
