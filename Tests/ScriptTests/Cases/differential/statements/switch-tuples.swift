func locate(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "on x"
    case (0, let y): return "on y at \(y)"
    case let (x, y) where x == y: return "diagonal \(x)"
    case (-2...2, -2...2): return "near"
    default: return "far"
    }
}
for p in [(0, 0), (3, 0), (0, 4), (5, 5), (1, -1), (9, 2)] { print(locate(p)) }
// expect: origin
// expect: on x
// expect: on y at 4
// expect: diagonal 5
// expect: near
// expect: far
