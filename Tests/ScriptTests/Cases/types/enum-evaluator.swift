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
