let xs: [Int] = [1, "2"]
// expect error: TypeError: cannot convert value of type '[Int]' to specified type '[Int]'
