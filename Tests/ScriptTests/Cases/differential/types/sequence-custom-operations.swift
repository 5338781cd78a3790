struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        guard count > 0 else { return nil }
        count -= 1
        return count + 1
    }
}
struct Evens: Sequence {
    let limit: Int
    func makeIterator() -> EvenIterator { EvenIterator(limit: limit) }
}
struct EvenIterator: IteratorProtocol {
    let limit: Int
    var current = 0
    init(limit: Int) { self.limit = limit }
    mutating func next() -> Int? {
        guard current <= limit else { return nil }
        defer { current += 2 }
        return current
    }
}
final class Naturals: Sequence, IteratorProtocol {
    var n = 0
    func next() -> Int? { n += 1; return n }
}
let c = Countdown(count: 5)
print(c.map { $0 * 10 })
print(c.filter { $0.isMultiple(of: 2) })
print(c.reduce(0, +), c.sorted(), c.max() ?? -1, c.min() ?? -1)
print(c.contains(3), c.contains(9), c.contains { $0 > 4 })
print(c.first(where: { $0 < 3 }) ?? -1)
print(Array(Evens(limit: 10)), Set(Evens(limit: 4)).count)
for e in Evens(limit: 6) where e > 0 { print("even", e) }
outer: for a in Countdown(count: 3) {
    for b in Evens(limit: 4) {
        if b == 2 { continue outer }
        print(a, b)
    }
}
func firstBig(_ s: Naturals) -> Int {
    for n in s { if n * n > 50 { return n } }
    return -1
}
print(firstBig(Naturals()))
print(Naturals().prefix(4).map { $0 * $0 })
print(zip(Countdown(count: 3), ["a", "b", "c"]).map { "\($0)\($1)" })
for (i, n) in Naturals().enumerated() { if i == 3 { break }; print(i, n) }
print(c.count)
// expect: [50, 40, 30, 20, 10]
// expect: [4, 2]
// expect: 15 [1, 2, 3, 4, 5] 5 1
// expect: true false true
// expect: 2
// expect: [0, 2, 4, 6, 8, 10] 3
// expect: even 2
// expect: even 4
// expect: even 6
// expect: 3 0
// expect: 2 0
// expect: 1 0
// expect: 8
// expect: [1, 4, 9, 16]
// expect: ["3a", "2b", "1c"]
// expect: 0 1
// expect: 1 2
// expect: 2 3
// expect: 5
