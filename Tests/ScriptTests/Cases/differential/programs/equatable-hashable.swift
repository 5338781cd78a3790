struct Card: Hashable { let rank: Int; let suit: String }
let a = Card(rank: 1, suit: "h"), b = Card(rank: 1, suit: "h"), c = Card(rank: 2, suit: "s")
print(a == b, a == c, a != c)
var counts: [Card: Int] = [:]
for card in [a, b, c] { counts[card, default: 0] += 1 }
print(counts[a]!, counts[c]!, counts.count)
print([a, c].contains(b), [c, a].firstIndex(of: b)!)
// expect: true false true
// expect: 2 1 2
// expect: true 1
