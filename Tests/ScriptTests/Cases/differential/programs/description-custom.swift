struct Money: CustomStringConvertible {
    let cents: Int
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let price = Money(cents: 1205)
print(price)
print("total: \(price)")
print([Money(cents: 5), Money(cents: 250)])
// expect: $12.05
// expect: total: $12.05
// expect: [$0.05, $2.50]
