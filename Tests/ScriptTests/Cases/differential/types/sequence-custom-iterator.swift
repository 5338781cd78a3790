struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        if count == 0 { return nil }
        defer { count -= 1 }
        return count
    }
}
for n in Countdown(count: 3) { print(n) }
print(Array(Countdown(count: 2)))
struct Fib: Sequence {
    func makeIterator() -> FibIterator { FibIterator() }
}
struct FibIterator: IteratorProtocol {
    var a = 0, b = 1
    mutating func next() -> Int? { defer { (a, b) = (b, a + b) }; return a }
}
for (i, f) in Fib().enumerated() { if i >= 5 { break }; print(f) }
print(Fib().prefix(6).map { $0 * 2 })
var it = Countdown(count: 2)
while let x = it.next() { print("x", x) }
print(Countdown(count: 4).reduce(0, +))
print(Countdown(count: 4).filter { $0 % 2 == 0 })
// expect: 3
// expect: 2
// expect: 1
// expect: [2, 1]
// expect: 0
// expect: 1
// expect: 1
// expect: 2
// expect: 3
// expect: [0, 2, 2, 4, 6, 10]
// expect: x 2
// expect: x 1
// expect: 10
// expect: [4, 2]
