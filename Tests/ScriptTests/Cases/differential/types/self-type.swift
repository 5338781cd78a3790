struct Point {
    var x = 0, y = 0
    static let origin = Self(x: 0, y: 0)
    func offset(by d: Int) -> Self { Self(x: x + d, y: y + d) }
    static func make() -> Point { Self.origin.offset(by: 1) }
}
print(Point.make(), Point.origin.offset(by: 5))
protocol Copyable { func copy() -> Self }
final class Doc: Copyable, CustomStringConvertible {
    var text: String
    init(text: String) { self.text = text }
    func copy() -> Self { Self(text: text) }
    required init(text t: String, _ unused: Int = 0) { text = t }
    var description: String { "Doc(\(text))" }
}
let d = Doc(text: "a")
let e = d.copy()
e.text = "b"
print(d, e, d === e)
// expect: Point(x: 1, y: 1) Point(x: 5, y: 5)
// expect: Doc(a) Doc(b) false
