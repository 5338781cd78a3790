let d = [[1]: "x"]
// expect error: TypeError: type '[Int]' cannot be a dictionary key
