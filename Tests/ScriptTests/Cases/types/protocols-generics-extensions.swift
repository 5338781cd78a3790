protocol Shape {
    var name: String { get }
    func area() -> Double
}
extension Shape {
    func describe() -> String { "\(name) with area \(area())" }
    var isBig: Bool { area() > 10 }
}
struct Circle: Shape {
    var radius: Double
    var name: String { "circle" }
    func area() -> Double { 3.0 * radius * radius }
}
struct Square: Shape {
    let side: Double
    let name = "square"
    func area() -> Double { side * side }

}
let shapes: [Shape] = [Circle(radius: 1), Square(side: 4)]
for s in shapes {
    print(s.describe(), s.isBig)
}
let total = shapes.map { $0.area() }.reduce(0, +)
print(total)
protocol Named { var name: String { get set } }
protocol Greeter: Named { func greet() -> String }
extension Greeter { func greet() -> String { "Hello, \(name)" } }
struct Person: Greeter { var name: String }
var p = Person(name: "Ann")
print(p.greet())
p.name = "Bob"
print(p.greet())
func largest<T: Comparable>(_ xs: [T]) -> T {
    var best = xs[0]
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]), largest(["b", "z", "a"]))
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s.pop()!, s.top!, s.items.count)
print(s)
var t = Stack<String>()
t.push("a")
print(t, [t])
extension Int {
    var squared: Int { self * self }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
    mutating func double() { self *= 2 }
}
print(5.squared)
3.times { print("hi") }
var n = 21
n.double()
print(n)
extension Array where Element == Int {
    func total() -> Int { reduce(0, +) }
}
print([1, 2, 3].total())
typealias Vector = [Double]
let v: Vector = [1, 2]
print(v)
// expect: circle with area 3.0 false
// expect: square with area 16.0 true
// expect: 19.0
// expect: Hello, Ann
// expect: Hello, Bob
// expect: 9 z
// expect: 3 2 2
// expect: Stack<Int>(items: [1, 2])
// expect: Stack<String>(items: ["a"]) [main.Stack<Swift.String>(items: ["a"])]
// expect: 25
// expect: hi
// expect: hi
// expect: hi
// expect: 42
// expect: 6
// expect: [1.0, 2.0]
