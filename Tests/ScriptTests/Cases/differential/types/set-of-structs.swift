// A Hashable struct as a Set element: duplicates by value collapse; contains, insert, remove compare by value.
struct Point: Hashable { var x: Int; var y: Int }
var visited: Set<Point> = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 0)]
print(visited.count, visited.contains(Point(x: 1, y: 0)), visited.contains(Point(x: 2, y: 2)))
var p = Point(x: 0, y: 0)
for step in 0..<6 {
    p.x += step % 2
    p.y += step % 3 == 0 ? 1 : 0
    visited.insert(p)
}
print(visited.count, visited.sorted { ($0.x, $0.y) < ($1.x, $1.y) }.map { "\($0.x),\($0.y)" })
print(visited.remove(Point(x: 1, y: 0)) != nil, visited.count)
// expect: 2 true false
// expect: 6 ["0,0", "0,1", "1,0", "1,1", "2,2", "3,2"]
// expect: true 5
