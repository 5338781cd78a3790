extension Array where Element == Int {
    func sumOfSquares() -> Int { map { $0 * $0 }.reduce(0, +) }
}
extension Array {
    func second() -> Element? { count > 1 ? self[1] : nil }
}
extension Collection where Element: Comparable {
    func isSortedAscending() -> Bool {
        let items = Array(self)
        for i in 0..<items.count - 1 where items[i] > items[i + 1] { return false }
        return true
    }
}
print([1, 2, 3].sumOfSquares())
print(["a", "b"].second()!, [1].second() as Any)
print([1, 2, 5].isSortedAscending(), [3, 1].isSortedAscending())
// expect: 14
// expect: b nil
// expect: true false
