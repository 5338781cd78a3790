struct Point { var x: Double; var y: Double }
struct Line { var a: Point; var b: Point }
enum Shape { case circle(radius: Double); case rect(Double, Double); case empty }
enum Dir: String { case north, south }
enum Num: Int { case one = 1, two, three }
indirect enum Expr { case num(Int); case add(Expr, Expr) }
class Dog { var name = "Rex" }
struct Person { var name: String; var age: Int }
struct Stack<Element> { var items: [Element] = [] }
struct Desc: CustomStringConvertible { var v = 1; var description: String { "Desc#\(v)" } }
struct Wrap { var d: Desc; var o: Int?; var c: Character = "a"; var t: (Int, String) = (1, "x") }
let p = Point(x: 1, y: 2)
print(p)
print(Line(a: p, b: p))
print([p])
print(Optional(p))
print(Shape.circle(radius: 1), Shape.rect(1, 2), Shape.empty)
print([Shape.circle(radius: 1)], [Shape.empty])
print(Dir.north, [Dir.north], Dir.north.rawValue, Num.two.rawValue)
print(Expr.add(.num(1), .num(2)))
print(Dog(), [Dog()])
print(Person(name: "Bob", age: 3))
print(Stack<Int>(items: [1,2]), [Stack<Int>(items: [1,2])])
print(Stack(items: ["a"]))
print(Desc(), [Desc()])
print(Wrap(d: Desc(), o: 3))
print("\(p) \(Shape.empty)")
print(String(describing: p))
print((p, 1))
print(["k": p])
print(Point.self, Shape.self, type(of: p))
let s: Any = Dir.south
print(s)
// expect: Point(x: 1.0, y: 2.0)
// expect: Line(a: main.Point(x: 1.0, y: 2.0), b: main.Point(x: 1.0, y: 2.0))
// expect: [main.Point(x: 1.0, y: 2.0)]
// expect: Optional(main.Point(x: 1.0, y: 2.0))
// expect: circle(radius: 1.0) rect(1.0, 2.0) empty
// expect: [main.Shape.circle(radius: 1.0)] [main.Shape.empty]
// expect: north [main.Dir.north] north 2
// expect: add(main.Expr.num(1), main.Expr.num(2))
// expect: main.Dog [main.Dog]
// expect: Person(name: "Bob", age: 3)
// expect: Stack<Int>(items: [1, 2]) [main.Stack<Swift.Int>(items: [1, 2])]
// expect: Stack<String>(items: ["a"])
// expect: Desc#1 [Desc#1]
// expect: Wrap(d: Desc#1, o: Optional(3), c: "a", t: (1, "x"))
// expect: Point(x: 1.0, y: 2.0) empty
// expect: Point(x: 1.0, y: 2.0)
// expect: (main.Point(x: 1.0, y: 2.0), 1)
// expect: ["k": main.Point(x: 1.0, y: 2.0)]
// expect: Point Shape Point
// expect: south
