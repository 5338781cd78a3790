struct Item { var name: String; var qty: Int; var price: Double? }
struct Order { var items: [Item]; var note: Character; var tags: [String: Int] }
let o = Order(items: [Item(name: "pen", qty: 2, price: 1.5), Item(name: "ink", qty: 1, price: nil)], note: "x", tags: ["a": 1])
print(o)
print(o.items[0])
print((o.items[1], 3))
let maybe: Item? = o.items.first
print(maybe as Any)
print("item: \(o.items[0])")
// expect: Order(items: [main.Item(name: "pen", qty: 2, price: Optional(1.5)), main.Item(name: "ink", qty: 1, price: nil)], note: "x", tags: ["a": 1])
// expect: Item(name: "pen", qty: 2, price: Optional(1.5))
// expect: (main.Item(name: "ink", qty: 1, price: nil), 3)
// expect: Optional(main.Item(name: "pen", qty: 2, price: Optional(1.5)))
// expect: item: Item(name: "pen", qty: 2, price: Optional(1.5))
