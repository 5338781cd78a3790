struct Item { let name: String; let price: Double }
let items = [Item(name: "pen", price: 1.5), Item(name: "book", price: 12), Item(name: "cup", price: 4.25)]
print(items.sorted { $0.price < $1.price }.map(\.name))
print(items.map(\.price).reduce(0, +))
print(items.max(by: { $0.price < $1.price })!.name)
print(items.filter { $0.price > 2 }.count)
// expect: ["pen", "cup", "book"]
// expect: 17.75
// expect: book
// expect: 2
