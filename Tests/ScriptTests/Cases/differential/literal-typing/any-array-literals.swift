var m: [Any] = [1, 2.0]
m[1] = 3
print(m)
let n: [Any] = [1, 2.5, "s"]
print(n)
let q = [1, 2.5]
print(q)
let r: [String: Any] = ["i": 1, "d": 2.0]
print(r["i"]!, r["d"]!)
// expect: [1, 3]
// expect: [1, 2.5, "s"]
// expect: [1.0, 2.5]
// expect: 1 2.0
