// Parameters and case bindings read once in a node-compiled body are moved out of the frame, not copied:
// the caller's values must be unchanged and every later read must see the value.
func tag(_ s: String) -> String { "<\(s)>" }
func twice(_ xs: [Int]) -> [Int] { xs + xs }
func pick(_ a: [Int], _ b: [Int]) -> Int { a.count > b.count ? a[0] : b[0] }
let xs = [1, 2]
print(tag("x"), twice(xs), xs, pick(xs, [9]), xs)
indirect enum Tree { case leaf(Int), node(Tree, Tree) }
func sum(_ t: Tree) -> Int {
    switch t {
    case .leaf(let v): return v
    case .node(let l, let r): return sum(l) + sum(r)
    }
}
func describe(_ t: Tree) -> String {
    switch t {
    case .leaf(let v): return "\(v)"
    case .node(let l, let r): return "(" + describe(l) + " " + describe(r) + ")"
    }
}
let tree = Tree.node(.leaf(1), .node(.leaf(2), .leaf(3)))
print(sum(tree), describe(tree), sum(tree))
func apply(_ f: (Int) -> Int, _ v: Int) -> Int { f(v) }
print(apply({ $0 * 2 }, 21), [1, 2, 3].map { v in v * v })
// expect: <x> [1, 2, 1, 2] [1, 2] 1 [1, 2]
// expect: 6 (1 (2 3)) 6
// expect: 42 [1, 4, 9]
