struct Naturals: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n }
}
print(Array(Naturals().prefix(3)))
let all = Array(Naturals())
// expect: [1, 2, 3]
// expect error: RuntimeError: 'Naturals' gave more than 1000000 elements; take a prefix(_:) of an endless sequence, or loop over it with break
