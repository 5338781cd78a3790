// A set as a sequence: for-in, map/filter/reduce, min/max, sorted(by:), Array(set), Set of a string and a range.
let scores: Set = [70, 85, 92, 85, 70, 60]
var total = 0
for s in scores { total += s }
print(scores.count, total, scores.reduce(0, +))
print(scores.filter { $0 >= 80 }.sorted(), scores.map { $0 / 10 }.sorted())
print(scores.min() ?? 0, scores.max() ?? 0, scores.sorted(by: >))
print(Array(scores).sorted(), scores.contains { $0 > 90 }, scores.allSatisfy { $0 > 50 })
let letters = Set("mississippi")
print(letters.count, letters.sorted(), Set(0..<5).count)
let dedupe = Array(Set([3, 1, 3, 2, 1])).sorted()
print(dedupe, Set<Int>().isEmpty)
var empty = Set<Int>()
empty.insert(4)
empty.removeAll()
print(empty.count, empty.isEmpty)
// expect: 4 307 307
// expect: [85, 92] [6, 7, 8, 9]
// expect: 60 92 [92, 85, 70, 60]
// expect: [60, 70, 85, 92] true true
// expect: 4 ["i", "m", "p", "s"] 5
// expect: [1, 2, 3] true
// expect: 0 true
