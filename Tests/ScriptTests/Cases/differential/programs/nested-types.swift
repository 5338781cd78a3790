struct Deck {
    enum Suit: String, CaseIterable { case hearts, spades }
    struct Card { let suit: Suit; let rank: Int }
    var cards: [Card] = []
    init() { for s in Suit.allCases { for r in 1...2 { cards.append(Card(suit: s, rank: r)) } } }
}
let deck = Deck()
print(deck.cards.count, deck.cards.map { "\($0.suit.rawValue)\($0.rank)" })
print(Deck.Suit.allCases.count)
// expect: 4 ["hearts1", "hearts2", "spades1", "spades2"]
// expect: 2
