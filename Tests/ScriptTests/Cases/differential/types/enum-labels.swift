enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
}
func describe(_ s: Shape) -> String {
    switch s {
    case .circle(radius: let r) where r > 10: return "big circle"
    case .circle(let r): return "circle \(r)"
    case .rectangle(width: let w, height: let h) where w == h: return "square \(w)"
    case .rectangle(let w, let h): return "rect \(w)x\(h)"
    }
}
let shapes: [Shape] = [.circle(radius: 20), .circle(radius: 2), .rectangle(width: 3, height: 3), .rectangle(width: 2, height: 5)]
for s in shapes { print(describe(s)) }
print(Shape.rectangle(width: 1, height: 2))
// expect: big circle
// expect: circle 2.0
// expect: square 3.0
// expect: rect 2.0x5.0
// expect: rectangle(width: 1.0, height: 2.0)
