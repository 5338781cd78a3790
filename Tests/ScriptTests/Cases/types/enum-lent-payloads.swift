// Payloads bound by a returning switch without guards are lent to their bindings (no retain), and a binding
// passed on to a function that leaves its parameter in place is lent again: the values stay owned by the tree.
// Class payloads are freed when the tree goes, errors and the depth limit inside the recursion leave the tree
// intact, a parameter that needs a conversion or that the callee moves out gets its own copy.
final class Tag {
    let name: String
    init(_ name: String) { self.name = name }
    deinit { print("free \(name)") }
}
indirect enum Node {
    case leaf(Tag, [Int])
    case count(Int)
    case pair(Node, Node)
    case wrap(Node)
}
func total(_ n: Node) -> Int {
    switch n {
    case .leaf(let tag, let xs): return xs.count + tag.name.count
    case .count(let k): return k
    case .pair(let a, let b): return total(a) + total(b)
    case .wrap(let inner): return total(inner)
    }
}
func pick(_ n: Node, _ i: Int) -> Int {
    switch n {
    case .leaf(_, let xs): return xs[i]
    case .count(let k): return k
    case .pair(let a, let b): return pick(a, i) + pick(b, i)
    case .wrap(let inner): return pick(inner, i)
    }
}
func half(_ x: Double) -> Double { x / 2 }
func halves(_ n: Node) -> Double {
    switch n {
    case .count(let k): return half(k)
    case .pair(let a, let b): return halves(a) + halves(b)
    default: return 0
    }
}
func same(_ n: Node) -> Node { n }
func unwrap(_ n: Node) -> Node {
    switch n {
    case .wrap(let inner): return same(inner)
    default: return n
    }
}
var tree = Node.pair(.leaf(Tag("a"), [1, 2]), .wrap(.pair(.leaf(Tag("bb"), [3]), .count(4))))
print(total(tree), total(tree))
// expect: 10 10
print(halves(.pair(.count(3), .pair(.count(1), .count(4)))))
// expect: 4.0
print(total(unwrap(.wrap(.count(7)))), total(unwrap(tree)))
// expect: 7 10
// %%
pick(tree, 1)
// expect error: RuntimeError: index 1 out of range (count 1)
// %%
print(pick(tree, 0), total(tree))
// expect: 8 10
let copy = tree
tree = .count(0)
print(total(copy), total(tree))
// expect: 10 0
// %%
func chain(_ n: Int) -> Node {
    var node = Node.count(1)
    for _ in 0..<n { node = .wrap(node) }
    return node
}
let deep = chain(10_100)
total(deep)
// expect error: RuntimeError: stack overflow (recursion deeper than 10000 calls)
// %%
print(total(chain(50)), total(copy))
// expect: 1 10
func replace() -> Int {
    let local = Node.pair(.leaf(Tag("c"), []), .count(2))
    return total(local)
}
print(replace())
// expect: 3
// expect: free c
