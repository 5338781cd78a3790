// Set: literal through an annotation, insert/remove/contains, the set algebra, subsets; printed sorted (Swift's order is unspecified).
var primes: Set<Int> = [2, 3, 5, 7]
let odds: Set = [1, 3, 5, 7, 9]
print(primes.count, primes.contains(3), primes.contains(4), primes.isEmpty)
let (inserted, member) = primes.insert(11)
print(inserted, member, primes.insert(2).inserted, primes.count)
print(primes.remove(11) ?? -1, primes.remove(100) ?? -1)
print(primes.union(odds).sorted(), primes.intersection(odds).sorted())
print(primes.subtracting(odds).sorted(), primes.symmetricDifference(odds).sorted())
print(Set([3, 5]).isSubset(of: primes), primes.isSubset(of: odds), primes.isSuperset(of: [2, 3]))
print(primes.isDisjoint(with: [4, 6]), primes.isStrictSubset(of: primes.union([1])))
var seen = Set<String>()
for word in "the cat and the hat and the bat".split(separator: " ") { seen.insert(String(word)) }
print(seen.count, seen.sorted())
primes.formUnion([13, 17])
primes.subtract([2])
primes.formIntersection(Set(1...13))
print(primes.sorted(), primes == [3, 5, 7, 13], primes == Set([3, 5]))
// expect: 4 true false false
// expect: true 11 false 5
// expect: 11 -1
// expect: [1, 2, 3, 5, 7, 9] [3, 5, 7]
// expect: [2] [1, 2, 9]
// expect: true false true
// expect: true true
// expect: 5 ["and", "bat", "cat", "hat", "the"]
// expect: [3, 5, 7, 13] true false
