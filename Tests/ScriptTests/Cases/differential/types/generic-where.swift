struct Pair<A, B> {
    var first: A
    var second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "one")
print(p, p.swapped())
func allItemsMatch<T: Equatable>(_ a: [T], _ b: [T]) -> Bool where T: Hashable {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
print(allItemsMatch([1, 2], [1, 2]), allItemsMatch(["a"], ["b"]))
extension Pair where A == Int {
    var doubledFirst: Int { first * 2 }
}
print(p.doubledFirst)
// expect: Pair<Int, String>(first: 1, second: "one") Pair<String, Int>(first: "one", second: 1)
// expect: true false
// expect: 2
