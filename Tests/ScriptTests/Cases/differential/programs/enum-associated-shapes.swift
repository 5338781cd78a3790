enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case square(Double)
    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case .rect(let w, let h): return w * h
        case .square(let s): return s * s
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .square(4)]
print(shapes.map { $0.area })
print(shapes.map { $0.area }.reduce(0, +))
for case .rect(let w, _) in shapes { print("rect of width", w) }
print(shapes[0])
// expect: [3.0, 6.0, 16.0]
// expect: 25.0
// expect: rect of width 2.0
// expect: circle(radius: 1.0)
