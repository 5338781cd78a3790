indirect enum Shape { case circle(Double); case group(Shape, Shape) }
enum Other { case circle(Double) }
func area(_ s: Shape) -> Double {
    switch s { case .circle(let r): return 3 * r * r; case .group(let a, let b): return area(a) + area(b) }
}
let g = Shape.group(.circle(1), .circle(2))
print(area(g))
print(area(.circle(2)))
let s: Shape = .circle(3)
print(area(s))
var shapes: [Shape] = [.circle(1)]
shapes.append(.circle(4))
print(shapes.map(area))
enum Compass { case north, south }
enum Menu { case north, file }
func heading(_ c: Compass) -> String { c == .north ? "up" : "down" }
print(heading(.north), heading(.south))
struct Point { var x = 0, y = 0; static let origin = Point() }
enum Marker { case origin }
func dist(_ p: Point) -> Int { abs(p.x) + abs(p.y) }
print(dist(.origin), dist(Point(x: 2, y: -3)))
var here: Compass = .north
here = .south
print(here, Menu.north)
here = .north
let route: [Compass] = [.south, .north]
print(here == .north, .north == here, heading(here), route.map(heading), route.contains(.north))
// expect: 15.0
// expect: 12.0
// expect: 27.0
// expect: [3.0, 48.0]
// expect: up down
// expect: 0 5
// expect: south north
// expect: true true up ["down", "up"] true
