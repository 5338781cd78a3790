let n = 5
n[0]
// expect error: TypeError: value of type 'Int' has no subscripts
