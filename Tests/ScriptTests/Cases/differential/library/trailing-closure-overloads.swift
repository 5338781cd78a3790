let t = [1, 2, 3]
print(t.firstIndex { $0 > 1 } as Any, t.lastIndex { $0 < 3 } as Any, t.first { $0 > 5 } as Any)
print(t.drop { $0 < 2 }, t.prefix { $0 < 3 }, t.split { $0 == 2 }, t.min { $0 > $1 } as Any)
print((2..<5).contains { $0 == 3 }, (2..<5).contains(4), (1...3).contains { $0 > 5 })
func primes(upTo n: Int) -> [Int] { (2...n).filter { p in !(2..<p).contains { p % $0 == 0 } } }
print(primes(upTo: 30))
let s: Set = [1, 2, 3]
let d = ["a": 1, "b": 2]
print(s.contains { $0 > 2 }, s.contains(2), d.contains { $0.key == "a" }, d.contains { $0.value > 5 })
var handlers: [() -> Int] = []
for i in 0..<3 { handlers.append { i * 10 } }
print(handlers.map { $0() })
// expect: Optional(1) Optional(1) nil
// expect: [2, 3] [1, 2] [ArraySlice([1]), ArraySlice([3])] Optional(3)
// expect: true true false
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
// expect: true true true false
// expect: [0, 10, 20]
