struct P {
    var x: Double = 0
    mutating func reset() { x = 1 / 2 }
    mutating func set() { self.x = 3 }
    func scaled(by f: Double) -> Double { x * f }
}
var p = P()
p.reset()
print(p.x)
p.set()
print(p, p.scaled(by: 1 / 4))
var ps = [P(), P()]
ps[0].x = 5
print(ps[0])
// expect: 0.5
// expect: P(x: 3.0) 0.75
// expect: P(x: 5.0)
