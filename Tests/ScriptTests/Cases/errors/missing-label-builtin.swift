stride(0, to: 5, by: 1)
// expect error: TypeError: missing argument label 'from:' in call
