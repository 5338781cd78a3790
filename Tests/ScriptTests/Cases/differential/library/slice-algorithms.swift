// Slices do what arrays do: map, filter, reduce, sorted, max, contains, joined, for-in, enumerated (offsets).
let xs = [5, 3, 8, 1, 9, 2, 7]
let mid = xs[1..<6]
print(mid.map { $0 * 2 }, mid.filter { $0 > 2 }, mid.reduce(0, +))
print(mid.sorted(), mid.max() ?? 0, mid.min() ?? 0, mid.contains(9), mid.contains(7))
for (offset, value) in mid.enumerated() { print(offset, value, terminator: " ") }
print()
var total = 0
for x in xs[2...] { total += x }
print(total)
let words = ["alpha", "beta", "gamma", "delta"]
print(words[1...].joined(separator: "-"), words[..<2].count, words.suffix(2).isEmpty)
print(mid == xs[1..<6], Array(mid) == [3, 8, 1, 9, 2])
let chars: [Character] = ["s", "w", "i", "f", "t"]
print(String(chars[1...3]), String(chars.dropFirst()))
print(xs[2..<4] + [0], [0] + xs[2..<4], (xs[2..<4] + [0]).startIndex)
// expect: [6, 16, 2, 18, 4] [3, 8, 9] 23
// expect: [1, 2, 3, 8, 9] 9 1 true false
// expect: 0 3 1 8 2 1 3 9 4 2 
// expect: 27
// expect: beta-gamma-delta 2 false
// expect: true true
// expect: wif wift
// expect: [8, 1, 0] [0, 8, 1] 2
