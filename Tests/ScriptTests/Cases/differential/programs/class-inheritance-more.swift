class Shape {
    var name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func summary() -> String { "\(name): \(area())" }
}
class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side; super.init(name: "square") }
    override func area() -> Double { side * side }
}
class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r; super.init(name: "circle") }
    override func area() -> Double { 3 * r * r }
    override func summary() -> String { "round " + super.summary() }
}
let all: [Shape] = [Square(side: 2), Circle(r: 1)]
for s in all { print(s.summary()) }
print(all.filter { $0 is Circle }.count, (all[0] as? Square)?.side as Any)
// expect: square: 4.0
// expect: round circle: 3.0
// expect: 1 Optional(2.0)
