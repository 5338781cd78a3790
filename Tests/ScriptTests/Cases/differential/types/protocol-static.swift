protocol Zero { static var zero: Self { get }; static func make(_ n: Int) -> Self }
struct Money: Zero {
    var cents: Int
    static var zero: Money { Money(cents: 0) }
    static func make(_ n: Int) -> Money { Money(cents: n * 100) }
}
print(Money.zero, Money.make(3))
protocol Counter { static var count: Int { get set } }
struct Clicks: Counter { static var count = 0 }
Clicks.count += 2
print(Clicks.count)
// expect: Money(cents: 0) Money(cents: 300)
// expect: 2
