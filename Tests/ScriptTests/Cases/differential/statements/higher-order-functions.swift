func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
let inc = { (x: Int) in x + 1 }
let dbl = { (x: Int) in x * 2 }
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
let ops: [String: (Int, Int) -> Int] = ["+": (+), "*": (*)]
print(ops["+"]!(3, 4), ops["*"]!(3, 4))
func repeated(_ n: Int, _ f: () -> Void) { for _ in 0..<n { f() } }
var hits = 0
repeated(4) { hits += 1 }
print(hits)
// expect: 12 11
// expect: 7 12
// expect: 4
