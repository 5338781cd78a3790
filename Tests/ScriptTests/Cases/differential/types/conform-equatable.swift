struct Point: Equatable { var x: Int; var y: Int }
enum Token: Equatable { case number(Int), word(String), end }
print(Point(x: 1, y: 2) == Point(x: 1, y: 2), Point(x: 1, y: 2) != Point(x: 2, y: 1))
print(Token.number(3) == .number(3), Token.word("a") == .word("b"), Token.end == .end, Token.end == .number(0))
let points = [Point(x: 0, y: 0), Point(x: 1, y: 1)]
print(points.contains(Point(x: 1, y: 1)), points.firstIndex(of: Point(x: 1, y: 1)) as Any)
print(points == [Point(x: 0, y: 0), Point(x: 1, y: 1)])
class Box: Equatable {
    var v: Int
    init(_ v: Int) { self.v = v }
    static func == (a: Box, b: Box) -> Bool { a.v == b.v }
}
print(Box(1) == Box(1), Box(1) === Box(1))
// expect: true true
// expect: true false true false
// expect: true Optional(1)
// expect: true
// expect: true false
