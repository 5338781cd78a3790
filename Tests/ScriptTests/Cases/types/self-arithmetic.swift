// Number arithmetic on stored properties of `self` fused into one step (`x += vx * dt`, `n -= k * 2`, conditions
// `x < 0 || x > limit` on fields), methods called on their direct path (parameter checks, return values, the
// final self of a mutating method), and `-call(...)` in a node-compiled body: the values swiftc prints, copy on
// write, and overflow errors with their carets, leaving the value unchanged.
struct Body {
    var x: Double
    var vx: Double
    var n: Int
    var w: Double
    mutating func step(_ dt: Double, _ limit: Double) {
        x += vx * dt
        if x < 0 || x > limit { vx = -vx }
        if n >= 3 && w != 0.5 { w += 1 }
        n += 1
        w *= 2
    }
    mutating func drift(_ k: Int) {
        n -= k * 2
        n *= k
        x -= vx
        x += 1
    }
    func far(_ y: Double) -> Bool {
        let x = y
        if x > 10 { return true }
        return false
    }
    func faster(_ other: Body) -> Bool {
        if vx > other.vx { return true }
        return n < other.n
    }
}
var bodies = [Body(x: 1, vx: 2, n: 0, w: 0.25), Body(x: 9, vx: -3, n: 5, w: 1)]
let before = bodies
for _ in 0..<4 {
    for i in 0..<bodies.count { bodies[i].step(1.5, 10) }
}
print(bodies[0].x, bodies[0].vx, bodies[0].n, bodies[0].w)
// expect: 13.0 -2.0 4 6.0
print(bodies[1].x, bodies[1].vx, bodies[1].n, bodies[1].w)
// expect: 0.0 3.0 9 46.0
print(before[0].x, before[1].n)
// expect: 1.0 5
var d = Body(x: 0, vx: 0.5, n: 3, w: 0)
let kept = d
d.drift(3)
print(d.n, d.x, kept.n, kept.x, d.far(11), d.far(2), d.faster(kept), kept.faster(d))
// expect: -9 0.5 3 0.0 true false true false
// %%
struct Counter {
    var n: Int
    mutating func add(_ a: Int, _ b: Int) { n += a * b }
}
var c = Counter(n: 1)
c.add(2, 3)
print(c.n)
// expect: 7
c.add(Int.max, 2)
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 2, line 3, column 50: error: arithmetic overflow
// expect traceback:         mutating func add(_ a: Int, _ b: Int) { n += a * b }
// expect traceback:                                                      ^~~~~
// expect traceback:   in 'add(_:_:)' at cell 2, line 3
// %%
print(c.n)
// expect: 7
c.n = Int.max
c.add(1, 1)
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 2, line 3, column 45: error: arithmetic overflow
// expect traceback:         mutating func add(_ a: Int, _ b: Int) { n += a * b }
// expect traceback:                                                 ^~~~~~~~~~
// expect traceback:   in 'add(_:_:)' at cell 2, line 3
// %%
print(c.n)
// expect: 9223372036854775807
// %%
func neg(_ x: Int) -> Int { -x }
print(neg(5), neg(-7))
// expect: -5 7
print(neg(Int.min))
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 5, line 1, column 29: error: arithmetic overflow
// expect traceback:     func neg(_ x: Int) -> Int { -x }
// expect traceback:                                 ^~
// expect traceback:   in 'neg(_:)' at cell 5, line 1
// %%
struct Money {
    var cents: Int
    static prefix func - (m: Money) -> Money { Money(cents: -m.cents) }
}
func refund(_ m: Money) -> Money { -m }
print(refund(Money(cents: 250)).cents)
// expect: -250
// %%
struct Gauge {
    var level: Double
    mutating func fill(_ amount: Double) -> Double {
        level += amount
        return level / 2
    }
    func doubled() -> Double { return level * 2 }
}
var gauge = Gauge(level: 1)
print(gauge.fill(3), gauge.level, gauge.doubled())
// expect: 2.0 4.0 8.0
final class Account {
    var balance = 0.0
    var limit = 100.0
    func deposit(_ amount: Double) {
        if balance < limit { balance += amount }
    }
}
let account = Account()
let same = account
for _ in 0..<5 { account.deposit(40) }
print(same.balance)
// expect: 120.0
// %%
// `cells[i].bump(10)` on a global array: the call runs on the element in place; errors leave the array intact.
struct Cell {
    var n: Int
    mutating func grow(_ k: Int) { n *= k }
    mutating func bump(_ k: Int) -> Int {
        n += k
        return n
    }
}
var cells = [Cell(n: 1), Cell(n: 2), Cell(n: Int.max / 2)]
let snapshot = cells
var i = 0
while i < cells.count - 1 {
    print(cells[i].bump(10))
    cells[i].grow(3)
    i += 1
}
// expect: 11
// expect: 12
print(cells.map { $0.n }, snapshot.map { $0.n })
// expect: [33, 36, 4611686018427387903] [1, 2, 4611686018427387903]
cells[2].grow(3)
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 8, line 4, column 36: error: arithmetic overflow
// expect traceback:         mutating func grow(_ k: Int) { n *= k }
// expect traceback:                                        ^~~~~~
// expect traceback:   in 'grow(_:)' at cell 8, line 4
// %%
print(cells.map { $0.n })
// expect: [33, 36, 4611686018427387903]
cells[3].grow(2)
// expect error: RuntimeError: index 3 out of range (count 3)
// expect traceback: cell 9, line 3, column 1: error: index 3 out of range (count 3)
// expect traceback:     cells[3].grow(2)
// expect traceback:     ^~~~~~~~
// %%
let fixed = [Cell(n: 1)]
fixed[0].grow(2)
// expect error: TypeError: cannot use mutating member on immutable value: 'fixed' is a 'let' constant
// expect traceback: cell 10, line 2, column 10: error: cannot use mutating member on immutable value: 'fixed' is a 'let' constant
// expect traceback:     fixed[0].grow(2)
// expect traceback:              ^~~~
// %%
// Element calls inside a closure that captures (the general call path) and on class elements (shared references).
struct Cell {
    var n: Int
    mutating func grow(_ k: Int) { n *= k }
    func twice(_ k: Int) -> Int { n * k * 2 }
}
var outside = 5
let g = { () -> Int in
    var local = [Cell(n: 1), Cell(n: 3)]
    for i in 0..<local.count { local[i].grow(outside) }
    outside += 1
    return local[0].n + local[1].n + local[1].twice(outside)
}
print(g(), g(), outside)
// expect: 200 276 7
final class Node {
    var value = 1
    func add(_ k: Int) { value += k }
}
var nodes = [Node(), Node()]
let alias = nodes
for i in 0..<nodes.count { nodes[i].add(i + 10) }
print(alias.map { $0.value }, nodes[1] === alias[1])
// expect: [11, 12] true
