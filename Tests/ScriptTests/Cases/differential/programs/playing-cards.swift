import Foundation
enum Suit: String, CaseIterable, Comparable {
    case clubs = "♣", diamonds = "♦", hearts = "♥", spades = "♠"
    static func < (a: Suit, b: Suit) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}
struct Card: CustomStringConvertible, Comparable {
    let rank: Int, suit: Suit
    var description: String {
        let r: String
        switch rank { case 11: r = "J"; case 12: r = "Q"; case 13: r = "K"; case 14: r = "A"; default: r = String(rank) }
        return r + suit.rawValue
    }
    static func < (a: Card, b: Card) -> Bool { (a.rank, a.suit) < (b.rank, b.suit) }
}
var deck: [Card] = []
for s in Suit.allCases { for r in 2...14 { deck.append(Card(rank: r, suit: s)) } }
print(deck.count, deck.first!, deck.last!)
let hand = [deck[12], deck[0], deck[25], deck[13]]
print(hand.sorted(), hand.max()!, hand.min()!)
print(hand.sorted(by: >).map(\.description).joined(separator: " "))
let bySuit = Dictionary(grouping: hand, by: \.suit)
print(bySuit.keys.sorted(), bySuit[.clubs]!.count)
print(Suit.hearts > Suit.clubs, Suit.allCases.map(\.rawValue).joined())
enum Planet: Int { case mercury = 1, venus, earth, mars }
print(Planet.earth.rawValue, Planet(rawValue: 4)!, Planet(rawValue: 9) == nil)
enum Shape { case circle(radius: Double), square(side: Double), triangle(a: Double, b: Double, c: Double) }
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return Double.pi * r * r
    case .square(let x): return x * x
    case let .triangle(a, b, c):
        let p = (a + b + c) / 2
        return (p * (p - a) * (p - b) * (p - c)).squareRoot()
    }
}
let shapes: [Shape] = [.circle(radius: 1), .square(side: 2), .triangle(a: 3, b: 4, c: 5)]
print(shapes.map(area))
print(shapes[2])
if case .square(let side) = shapes[1], side > 1 { print("big square", side) }
for case .circle(let r) in shapes { print("circle", r) }
print(shapes.filter { if case .circle = $0 { return true }; return false }.count)
// expect: 52 2♣ A♠
// expect: [2♣, 2♦, A♣, A♦] A♦ 2♣
// expect: A♦ A♣ 2♦ 2♣
// expect: [main.Suit.clubs, main.Suit.diamonds] 2
// expect: true ♣♦♥♠
// expect: 3 mars true
// expect: [3.141592653589793, 4.0, 6.0]
// expect: triangle(a: 3.0, b: 4.0, c: 5.0)
// expect: big square 2.0
// expect: circle 1.0
// expect: 1
