protocol Shape { func area() -> Double; var label: String { get } }
struct Circle: Shape { var r: Double; func area() -> Double { 3.0 * r * r }; var label: String { "circle" } }
struct Square: Shape { var s: Double; func area() -> Double { s * s }; var label: String { "square" } }
var shapes: [Shape] = [Circle(r: 1), Square(s: 2)]
shapes.append(Circle(r: 2))
let total = shapes.reduce(0) { $0 + $1.area() }
print(total)
let sorted = shapes.sorted { $0.area() < $1.area() }
print(sorted.map { $0.label })
for s in shapes { if let c = s as? Circle { print(c.r) } }
print(shapes.filter { $0 is Square }.count)
func largest(_ xs: [any Shape]) -> any Shape {
    var best = xs[0]
    for x in xs where x.area() > best.area() { best = x }
    return best
}
func first(_ xs: [Circle]) -> some Shape { xs[0] }
print(first([Circle(r: 9)]).label)
print(largest(shapes).label)
// expect: 19.0
// expect: ["circle", "square", "circle"]
// expect: 1.0
// expect: 2.0
// expect: 1
// expect: circle
// expect: circle
