struct Point {
    var x = 0.0, y = 0.0
    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        x += deltaX
        y += deltaY
    }
    mutating func reset() { self = Point() }
}
var somePoint = Point(x: 1.0, y: 1.0)
somePoint.moveBy(x: 2.0, y: 3.0)
print("The point is now at (\(somePoint.x), \(somePoint.y))")
somePoint.reset()
print(somePoint)
var points = [Point(x: 1, y: 1), Point(x: 2, y: 2)]
for i in points.indices { points[i].moveBy(x: 10, y: 0) }
print(points)
// expect: The point is now at (3.0, 4.0)
// expect: Point(x: 0.0, y: 0.0)
// expect: [main.Point(x: 11.0, y: 1.0), main.Point(x: 12.0, y: 2.0)]
