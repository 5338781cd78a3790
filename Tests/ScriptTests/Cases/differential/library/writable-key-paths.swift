// A literal key path reads and writes through `x[keyPath:]` on a var; read-only paths still map.
struct Point { var x = 1; var y = 2 }
struct Segment { var start = Point(); var end = Point(x: 5, y: 6) }
var p = Point()
p[keyPath: \.x] = 3
p[keyPath: \Point.y] += 5
print(p, p[keyPath: \.x])
var s = Segment()
s[keyPath: \.end.y] *= 10
s[keyPath: \Segment.start] = Point(x: 9, y: 9)
print(s)
var points = [Point(), Point(x: 4, y: 4)]
points[1][keyPath: \.y] = 40
print(points.map(\.y))
var n = 7
n[keyPath: \.self] = 8
print(n)
// expect: Point(x: 3, y: 7) 3
// expect: Segment(start: main.Point(x: 9, y: 9), end: main.Point(x: 5, y: 60))
// expect: [2, 40]
// expect: 8
