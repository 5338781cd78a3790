func add(_ a: Int, _ b: Int) -> Int { a + b }
let op = add
print(op(2, 3), [(1, 2), (3, 4)].map { add($0.0, $0.1) })
// expect: 5 [3, 7]
let table: [String: (Int, Int) -> Int] = ["add": add, "mul": { $0 * $1 }]
print(table["mul"]!(3, 4))
// expect: 12
