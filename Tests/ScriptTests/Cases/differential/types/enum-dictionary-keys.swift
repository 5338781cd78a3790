enum Fruit { case apple, banana, cherry }
var counts: [Fruit: Int] = [:]
for f in [Fruit.apple, .banana, .apple, .cherry, .apple] { counts[f, default: 0] += 1 }
print(counts[.apple]!, counts[.banana]!, counts[.cherry]!)
let prices: [Fruit: Double] = [.apple: 1.5, .cherry: 4]
print(prices[.cherry] ?? 0, prices[.banana] ?? 0.0)
print(counts.count)
// expect: 3 1 1
// expect: 4.0 0.0
// expect: 3
