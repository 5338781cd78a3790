struct Point {
    var x: Double
    var y: Double = 0
    static let origin = Point(x: 0, y: 0)
    static var count = 0

    var length: Double { (x * x + y * y).squareRoot() }
    var doubled: Point {
        get { Point(x: x * 2, y: y * 2) }
        set { x = newValue.x / 2; y = newValue.y / 2 }
    }

    mutating func move(by dx: Double, _ dy: Double) {
        x += dx
        y += dy
        Point.count += 1
    }

    func moved(by d: Double) -> Point {
        var copy = self
        copy.move(by: d, d)
        return copy
    }

    static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    static func == (a: Point, b: Point) -> Bool { a.x == b.x && a.y == b.y }
}

var p = Point(x: 3, y: 4)
print(p.length)
p.move(by: 1, 1)
print(p)
let q = p.moved(by: 2)
print(p, q)
print(p + q)
print(p == q, p == p)
print(Point.origin, Point.count)
var r = Point(x: 5)
print(r)
r.doubled = Point(x: 10, y: 20)
print(r, r.doubled)
var pts = [Point(x: 1, y: 1), Point(x: 2, y: 2)]
pts[0].x += 10
pts[1].move(by: 5, 5)
print(pts)
let copy = pts
pts[0].y = 99
print(copy[0].y, pts[0].y)
// expect: 5.0
// expect: Point(x: 4.0, y: 5.0)
// expect: Point(x: 4.0, y: 5.0) Point(x: 6.0, y: 7.0)
// expect: Point(x: 10.0, y: 12.0)
// expect: false true
// expect: Point(x: 0.0, y: 0.0) 2
// expect: Point(x: 5.0, y: 0.0)
// expect: Point(x: 5.0, y: 10.0) Point(x: 10.0, y: 20.0)
// expect: [main.Point(x: 11.0, y: 1.0), main.Point(x: 7.0, y: 7.0)]
// expect: 1.0 99.0
