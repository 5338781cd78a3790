// contains with a trailing closure is contains(where:) on arrays, slices and sets.
let xs = [3, 8, 12]
print(xs.contains { $0 > 10 }, xs.contains { $0 > 20 }, xs[1...].contains { $0 == 3 }, xs.contains(8))
let words: Set = ["kiwi", "fig"]
print(words.contains { $0.count == 3 }, words.contains("fig"), words.contains("pear"))
var empty: Set<String> = []
print(empty.contains { _ in true }, empty.isEmpty)
debugPrint(Set([5]), [5][0...])
// expect: true false false true
// expect: true true false
// expect: false true
// expect: Set([5]) ArraySlice([5])
