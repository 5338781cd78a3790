func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])!, largest(["b", "z", "a"])!, largest([Int]()) == nil)
func pairUp<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
print(pairUp(1, "x"))
func countWhere<T>(_ xs: [T], _ test: (T) -> Bool) -> Int { xs.filter(test).count }
print(countWhere([1, 2, 3, 4]) { $0 > 2 })
// expect: 9 z true
// expect: (1, "x")
// expect: 2
