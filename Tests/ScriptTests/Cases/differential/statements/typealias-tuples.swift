typealias Point = (x: Double, y: Double)
func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }
print(distance((0, 0), (3, 4)))
typealias Handler = (String) -> String
let shout: Handler = { $0.uppercased() + "!" }
print(shout("hey"))
// expect: 5.0
// expect: HEY!
