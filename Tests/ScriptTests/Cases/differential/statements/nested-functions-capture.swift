func makeAccumulator(start: Int) -> (Int) -> Int {
    var total = start
    func add(_ v: Int) -> Int {
        total += v
        return total
    }
    return add
}
let acc = makeAccumulator(start: 10)
print(acc(5), acc(5))
let acc2 = makeAccumulator(start: 0)
print(acc2(1), acc(0))
// expect: 15 20
// expect: 1 20
