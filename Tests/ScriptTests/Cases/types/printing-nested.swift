struct Outer { struct Inner { var v = 1 }; var i = Inner() }
print(Outer(), [Outer.Inner()], Outer.Inner())
struct Stack<Element> { var items: [Element] = [] }
print([Stack<[Int]>()], [Stack<String?>()], [Stack<[String: Double]>()], Stack<(Int, Int)>())
class Animal: CustomStringConvertible { var description: String { "Animal!" } }
class Cat: Animal {}
print(Cat(), [Cat()])
class Plain { var x = 1 }
class Sub: Plain {}
print(Sub(), [Sub()], Optional(Sub()) as Any)
enum E: CustomStringConvertible { case a, b; var description: String { "E-\(self == .a ? "a" : "b")" } }
print(E.a, [E.b])
struct Dbg: CustomDebugStringConvertible { var debugDescription: String { "DBG" } }
print(Dbg(), [Dbg()])
enum Op { case plus; case lit(value: Double, name: String) }
print(Op.lit(value: 1, name: "x"), [Op.lit(value: 2, name: "y")])
enum Single { case one(Int) }
print(Single.one(5), Single.one(5) as Any)
struct Empty {}
print(Empty(), [Empty()])
enum Tup { case pair((Int, Int)); case one(Int, Int?) }
print(Tup.pair((1, 2)), Tup.one(1, nil), Tup.one(1, 3))
struct G<A, B> { var a: A; var b: B }
print(G(a: 1, b: "x"), [G(a: 1.5, b: [1])])
enum Opt<T> { case some(T), none }
print(Opt.some(3), [Opt<Int>.none])
struct HasClass { var d = Plain() }
print(HasClass())
struct WithLazy { lazy var z = 5; var w = 2 }
var wl = WithLazy(); print(wl); _ = wl.z; print(wl)
struct St { static var count = 0; var x = 1 }
print(St())
// expect: Outer(i: main.Outer.Inner(v: 1)) [main.Outer.Inner(v: 1)] Inner(v: 1)
// expect: [main.Stack<Swift.Array<Swift.Int>>(items: [])] [main.Stack<Swift.Optional<Swift.String>>(items: [])] [main.Stack<Swift.Dictionary<Swift.String, Swift.Double>>(items: [])] Stack<(Int, Int)>(items: [])
// expect: Animal! [Animal!]
// expect: main.Sub [main.Sub] Optional(main.Sub)
// expect: E-a [E-b]
// expect: DBG [DBG]
// expect: lit(value: 1.0, name: "x") [main.Op.lit(value: 2.0, name: "y")]
// expect: one(5) one(5)
// expect: Empty() [main.Empty()]
// expect: pair(1, 2) one(1, nil) one(1, Optional(3))
// expect: G<Int, String>(a: 1, b: "x") [main.G<Swift.Double, Swift.Array<Swift.Int>>(a: 1.5, b: [1])]
// expect: some(3) [main.Opt<Swift.Int>.none]
// expect: HasClass(d: main.Plain)
// expect: WithLazy($__lazy_storage_$_z: nil, w: 2)
// expect: WithLazy($__lazy_storage_$_z: Optional(5), w: 2)
// expect: St(x: 1)
