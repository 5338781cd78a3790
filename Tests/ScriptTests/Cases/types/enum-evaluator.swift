// A recursive evaluator over an indirect enum (the returning-switch node: the subject's instance is borrowed,
// payloads bound into the frame), a guard that fails and lets a later pattern bind the same payloads again,
// and a shared tree evaluated twice.
indirect enum Expr {
    case number(Double)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)
}
func evaluate(_ e: Expr) -> Double {
    switch e {
    case .number(let v): return v
    case .add(let a, let b): return evaluate(a) + evaluate(b)
    case .multiply(let a, let b): return evaluate(a) * evaluate(b)
    case .negate(let a): return -evaluate(a)
    }
}
func describe(_ e: Expr, _ limit: Double) -> String {
    switch e {
    case .number(let v) where v > limit: return "big"
    case .number(let v): return "\(v)"
    case .add(let a, _) where evaluate(a) > limit: return "(" + describe(a, limit) + " + ...)"
    case .add(let a, let b): return "(" + describe(a, limit) + " + " + describe(b, limit) + ")"
    default: return "?"
    }
}
let tree = Expr.add(.multiply(.number(3), .number(4)), .negate(.add(.number(1.5), .number(0.25))))
let shared = tree
print(evaluate(tree), evaluate(shared) * 2)
// expect: 10.25 20.5
print(describe(.add(.number(2), .add(.number(20), .number(1))), 10), describe(.negate(.number(1)), 0))
// expect: (2.0 + (big + ...)) ?
// %%
// Arms that bind different payloads and locals share frame slots; a switch without guards reads its parameter
// in place, one with a guard evaluates it.
enum Shape {
    case circle(Int)
    case rect(Int, Int)
    case point
    indirect case group(Shape, Shape)
}
func area(_ s: Shape) -> Int {
    switch s {
    case .circle(let r):
        let squared = r * r
        return 3 * squared
    case .rect(let w, let h):
        let product = w * h
        return product
    case .point: return 0
    case .group(let a, let b): return area(a) + area(b)
    }
}
func label(_ s: Shape) -> String {
    switch s {
    case .rect(let w, let h) where w == h: return "square \(w)"
    case .rect(let w, _): return "rect \(w)"
    case .group(let a, _): return "group of " + label(a)
    default: return "other"
    }
}
let shapes: [Shape] = [.circle(2), .rect(3, 4), .point, .group(.rect(2, 2), .group(.circle(1), .point))]
print(shapes.map(area), shapes.map(label))
// expect: [12, 12, 0, 7] ["other", "rect 3", "other", "group of square 2"]
