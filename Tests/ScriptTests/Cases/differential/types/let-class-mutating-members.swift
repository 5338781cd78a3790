struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
    func doubled() -> Int { n * 2 }
}
final class Holder {
    var items: [Int] = []
    var counter = Counter()
    var seen: Set<Int> = []
}
let holder = Holder()
holder.items.append(4)
holder.counter.bump()
holder.counter.bump()
holder.seen.insert(7)
print(holder.seen.update(with: 7) as Any)
print(holder.items, holder.counter.n, holder.counter.doubled(), holder.seen.count)
let counter = Counter(n: 3)
print(counter.doubled())
// expect: Optional(7)
// expect: [4] 2 4 1
// expect: 6
