struct Point { var x: Double; var y: Double }
var a = Point(x: 1, y: 2)
var b = a
b.x = 10
print(a, b)
func moved(_ p: Point, by d: Double) -> Point { var q = p; q.x += d; q.y += d; return q }
print(moved(a, by: 0.5), a)
var path = [a, b]
path[1].y = -1
print(path)
// expect: Point(x: 1.0, y: 2.0) Point(x: 10.0, y: 2.0)
// expect: Point(x: 1.5, y: 2.5) Point(x: 1.0, y: 2.0)
// expect: [main.Point(x: 1.0, y: 2.0), main.Point(x: 10.0, y: -1.0)]
