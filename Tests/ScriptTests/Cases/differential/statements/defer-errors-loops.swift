enum Failure: Error { case bad }
func risky(_ fail: Bool) throws -> Int {
    defer { print("cleanup risky", fail) }
    if fail { throw Failure.bad }
    return 1
}
print(try? risky(false) as Any, try? risky(true) as Any)
for i in 0..<3 {
    defer { print("end of iteration", i) }
    if i == 1 { continue }
    print("body", i)
}
func nested() -> String {
    var log = "a"
    defer { log += "x"; print("outer defer sees", log) }
    do {
        defer { log += "b" }
        log += "c"
    }
    return log
}
print(nested())
func counter() -> Int {
    var n = 0
    defer { n += 100 }
    n = 5
    return n
}
print(counter())
// expect: cleanup risky false
// expect: cleanup risky true
// expect: Optional(1) nil
// expect: body 0
// expect: end of iteration 0
// expect: end of iteration 1
// expect: body 2
// expect: end of iteration 2
// expect: outer defer sees acbx
// expect: acb
// expect: 5
