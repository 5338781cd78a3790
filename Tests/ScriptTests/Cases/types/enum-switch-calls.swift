// A call whose body is a switch without guards over its one parameter runs the matching arm directly when the
// argument is of the type the switch knows: a default arm, arms that bind nothing, string results, an error
// inside the recursion, calls through map, and a redeclared type and function in later cells.
indirect enum Shape {
    case circle(Double)
    case square(Double)
    case group(Shape, Shape)
    case empty
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3 * r * r
    case .group(let a, let b): return area(a) + area(b)
    default: return 0
    }
}
func label(_ s: Shape) -> String {
    switch s {
    case .circle(let r): return "circle \(r)"
    case .square: return "square"
    case .group(let a, _): return "group of " + label(a)
    case .empty: return "empty"
    }
}
let g = Shape.group(.circle(1), .group(.square(2), .circle(2)))
print(area(g), label(g), label(.empty), area(.empty), area(.square(3)))
// expect: 15.0 group of circle 1.0 empty 0.0 0.0
print([g, .circle(1), .empty].map(area), [Shape.square(1), g].map { label($0) })
// expect: [15.0, 3.0, 0.0] ["square", "group of circle 1.0"]
// %%
func parts(_ s: Shape) -> Int {
    switch s {
    case .group(let a, let b): return parts(a) + parts(b)
    case .circle(let r): return Int(10 / (r - 2))
    default: return 1
    }
}
print(parts(.group(.circle(1), .square(5))))
// expect: -9
parts(g)
// expect error: RuntimeError: Double value cannot be converted to Int because it is outside the representable range
// %%
print(area(g), label(g))
// expect: 15.0 group of circle 1.0
indirect enum Shape {
    case empty
    case circle(Double)
    case group(Shape, Shape)
}
let h = Shape.group(.circle(1), .empty)
// %%
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3 * r * r
    case .group(let a, let b): return area(a) + area(b)
    default: return 0
    }
}
print(area(h), area(.group(h, h)))
// expect: 3.0 6.0
