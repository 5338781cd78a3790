// Stored properties of `self` read and written in place inside methods (the instance borrowed from the frame,
// copied first when shared), and one-argument method calls through a call site's cache: values, copy on
// write, reference semantics and error positions as on the general paths.
struct Particle {
    var x: Double
    var n: Int
    mutating func step(_ dt: Double) {
        x += dt * 2
        n += 1
        if x > 3 { x = -x }
    }
    mutating func scale(_ k: Int) { n *= k }
    mutating func drop(_ k: Int) { n -= k }
    func peek(_ offset: Double) -> Double { x + offset }
}
var ps = [Particle(x: 1, n: 1), Particle(x: 2, n: 2)]
let snapshot = ps
let single = ps[0]
for _ in 0..<2 {
    for i in 0..<ps.count { ps[i].step(0.5) }
}
print(ps[0].x, ps[0].n, ps[1].x, ps[1].n)
// expect: 3.0 3 -4.0 4
print(snapshot[0].x, snapshot[0].n, snapshot[1].x, single.x)
// expect: 1.0 1 2.0 1.0
print(ps[1].peek(0.5), ps.map { $0.peek(1) })
// expect: -3.5 [4.0, -3.0]
var a = Particle(x: 0, n: 3)
let b = a
a.step(1)
a.scale(4)
a.drop(2)
print(a.x, a.n, b.x, b.n)
// expect: 2.0 14 0.0 3
// %%
final class Tally {
    var total = 0.0
    var count = 0
    func add(_ v: Double) { total += v; count += 1 }
}
let tally = Tally()
let alias = tally
for v in [1.5, 2.5, 4.0] { tally.add(v) }
print(alias.total, alias.count, tally === alias)
// expect: 8.0 3 true
// %%
struct Big {
    var n: Int
    mutating func grow(_ k: Int) {
        n *= k
    }
}
var big = Big(n: 4611686018427387904)
big.grow(1)
print(big.n)
// expect: 4611686018427387904
big.grow(2)
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 3, line 4, column 9: error: arithmetic overflow
// expect traceback:             n *= k
// expect traceback:             ^~~~~~
// expect traceback:   in 'grow(_:)' at cell 3, line 4
// %%
print(big.n)
// expect: 4611686018427387904
// %%
struct Growth {
    var x: Double
    mutating func grow(_ dt: Double) { x += x * dt }
}
var g = Growth(x: 2)
g.grow(0.5)
g.grow(0.5)
print(g.x)
// expect: 4.5
