let t = true
let f = false
print(t && f, t || f, !t, t == !f, t != f)
// expect: false true false true true
