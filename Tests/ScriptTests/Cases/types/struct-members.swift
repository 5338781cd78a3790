struct Temperature {
    var celsius: Double = 0 {
        willSet { print("will set to \(newValue)") }
        didSet { print("changed from \(oldValue) to \(celsius)") }
    }
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature()
t.celsius = 25
t.fahrenheit = 212
print(t.celsius)
struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    subscript(row: Int, column: Int) -> Double {
        get { grid[(row * columns) + column] }
        set { grid[(row * columns) + column] = newValue }
    }
}
var m = Matrix(rows: 2, columns: 2)
m[0, 1] = 1.5
m[1, 0] = 3.2
print(m[0, 1], m[1, 0], m.grid)
m[1, 1] += 1
print(m.grid)
struct DataLoader {
    lazy var data: [Int] = {
        print("loading")
        return [1, 2, 3]
    }()
    var name = "loader"
}
var loader = DataLoader()
print("created")
print(loader.data.count)
print(loader.data.count)
struct Rect {
    var origin = (x: 0.0, y: 0.0)
    var size = (w: 1.0, h: 1.0)
    init() {}
    init(x: Double, y: Double, w: Double, h: Double) {
        origin = (x, y)
        size = (w, h)
    }
    init(center: (Double, Double), side: Double) {
        self.init(x: center.0 - side / 2, y: center.1 - side / 2, w: side, h: side)
    }
    var area: Double { size.w * size.h }
}
print(Rect().area, Rect(x: 0, y: 0, w: 2, h: 3).area, Rect(center: (5, 5), side: 4).origin)
struct Celsius {
    var value: Double
    init?(_ value: Double) {
        if value < -273.15 { return nil }
        self.value = value
    }
}
print(Celsius(20)?.value as Any, Celsius(-300) as Any)
struct Money: CustomStringConvertible, Comparable, Hashable {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100)" }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func += (a: inout Money, b: Money) { a = a + b }
}
let prices = [Money(cents: 250), Money(cents: 99), Money(cents: 1000)]
print(prices.sorted(), prices.max()!, prices.min()!)
var wallet = Money(cents: 10)
wallet += Money(cents: 5)
print(wallet, "\(wallet)", [wallet])
var seen: [Money: String] = [:]
seen[Money(cents: 5)] = "five"
print(seen[Money(cents: 5)] ?? "none")
// expect: will set to 25.0
// expect: changed from 0.0 to 25.0
// expect: will set to 100.0
// expect: changed from 25.0 to 100.0
// expect: 100.0
// expect: 1.5 3.2 [0.0, 1.5, 3.2, 0.0]
// expect: [0.0, 1.5, 3.2, 1.0]
// expect: created
// expect: loading
// expect: 3
// expect: 3
// expect: 1.0 6.0 (x: 3.0, y: 3.0)
// expect: Optional(20.0) nil
// expect: [$0.99, $2.50, $10.0] $10.0 $0.99
// expect: $0.15 $0.15 [$0.15]
// expect: five
