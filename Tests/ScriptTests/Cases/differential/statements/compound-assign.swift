var v = 10
v += 5; print(v)
v -= 3; print(v)
v *= 2; print(v)
v /= 5; print(v)
v %= 3; print(v)
var d = 7.5
d /= 2
d -= 0.25
print(d)
var s = "ab"
s += "cd"
print(s)
var arr = [1]
arr += [2, 3]
print(arr)
// expect: 15
// expect: 12
// expect: 24
// expect: 4
// expect: 1
// expect: 3.5
// expect: abcd
// expect: [1, 2, 3]
