enum Direction: String, CaseIterable {
    case north, south = "S", east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
    mutating func turn() { self = opposite }
}
print(Direction.north, Direction.south.rawValue, Direction.east.rawValue)
print(Direction.allCases)
print(Direction(rawValue: "S") as Any, Direction(rawValue: "x") as Any)
var d = Direction.east
d.turn()
print(d, d == .west, d != .east)
enum Planet: Int { case mercury = 1, venus, earth }
print(Planet.earth.rawValue, Planet(rawValue: 2)!)
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case point
    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rect(w, h): return w * h
        case .point: return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 2), .rect(width: 2, height: 3), .point]
for s in shapes { print(s, s.area) }
print(shapes)
if case .rect(let w, _) = shapes[1] { print("width", w) }
indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}
func eval(_ e: Expr) -> Int {
    switch e {
    case .num(let n): return n
    case .add(let a, let b): return eval(a) + eval(b)
    case .mul(let a, let b): return eval(a) * eval(b)
    }
}
let ex = Expr.add(.num(2), .mul(.num(3), .num(4)))
print(eval(ex))
print(ex)
enum Suit: Comparable { case hearts, spades }
print(Suit.hearts < Suit.spades, [Suit.spades, .hearts].sorted())
let counts: [Direction: Int] = [.north: 1, .west: 2]
print(counts[.north]!, counts[.west]!)
// expect: north S east
// expect: [main.Direction.north, main.Direction.south, main.Direction.east, main.Direction.west]
// expect: Optional(main.Direction.south) nil
// expect: west true true
// expect: 3 venus
// expect: circle(radius: 2.0) 12.0
// expect: rect(width: 2.0, height: 3.0) 6.0
// expect: point 0.0
// expect: [main.Shape.circle(radius: 2.0), main.Shape.rect(width: 2.0, height: 3.0), main.Shape.point]
// expect: width 2.0
// expect: 14
// expect: add(main.Expr.num(2), main.Expr.mul(main.Expr.num(3), main.Expr.num(4)))
// expect: true [main.Suit.hearts, main.Suit.spades]
// expect: 1 2
