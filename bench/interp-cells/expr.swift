indirect enum Expr {
    case number(Double)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)
}
func build(_ depth: Int, _ seed: Int) -> Expr {
    if depth == 0 { return .number(Double(seed % 10) / 4.0) }
    switch seed % 3 {
    case 0: return .add(build(depth - 1, (seed * 7 + 1) % 1000), build(depth - 1, (seed * 3 + 2) % 1000))
    case 1: return .multiply(build(depth - 1, (seed * 5 + 3) % 1000), .number(0.5))
    default: return .negate(.add(build(depth - 1, (seed + 11) % 1000), build(depth - 1, (seed * 9 + 4) % 1000)))
    }
}
func evaluate(_ e: Expr) -> Double {
    switch e {
    case .number(let v): return v
    case .add(let a, let b): return evaluate(a) + evaluate(b)
    case .multiply(let a, let b): return evaluate(a) * evaluate(b)
    case .negate(let a): return -evaluate(a)
    }
}
let tree = build(18, 1)
// %%
var total = 0.0
for _ in 0..<10 { total += evaluate(tree) }
total
