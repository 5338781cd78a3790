let n = 3
n(1)
// expect error: TypeError: cannot call value of non-function type 'Int'
