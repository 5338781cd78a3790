func classify(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (let x, 0) where x > 0: return "positive x"
    case (_, 0): return "negative x"
    case (0, _): return "y axis"
    default: return "plane"
    }
}
print(classify((0, 0)), classify((2, 0)), classify((-2, 0)), classify((0, 5)), classify((1, 1)))
// expect: origin positive x negative x y axis plane
let grade = 87
switch grade {
case 90...100: print("A")
case 80..<90: print("B")
default: print("C")
}
// expect: B
