// reduce(into:_:): the accumulator is inout — dictionaries of counts, arrays, strings, sets, with named parameters and $0.
let words = ["apple", "bob", "apple", "cat", "bob", "apple"]
let counts = words.reduce(into: [:]) { counts, word in counts[word, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let evens = (1...10).reduce(into: [Int]()) { if $1 % 2 == 0 { $0.append($1) } }
print(evens)
let initials = words.reduce(into: "") { text, word in text += String(word.first!) }
print(initials)
let unique = words.reduce(into: Set<String>()) { $0.insert($1) }
print(unique.sorted())
let sum = [1, 2, 3].reduce(into: 0) { (total: inout Int, x: Int) in total += x * x }
print(sum, words[2...].reduce(into: 0) { $0 += $1.count })
let byLength: [Int: [String]] = words.reduce(into: [:]) { groups, w in groups[w.count, default: []].append(w) }
print(byLength.keys.sorted(), byLength[5]?.count ?? 0)
// expect: ["apple=3", "bob=2", "cat=1"]
// expect: [2, 4, 6, 8, 10]
// expect: abacba
// expect: ["apple", "bob", "cat"]
// expect: 14 16
// expect: [3, 5] 3
