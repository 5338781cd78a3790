struct P { var x: Double; var y: Double }
print(P(x: 1, y: 1 / 4))
struct Q { var v: Double; init(v: Double) { self.v = v } }
print(Q(v: 3))
class C { var v: Double = 0; var w = 0.0 }
let c = C()
c.v = 3
c.w = 4
print(c.v, c.w)
c.v = 7 / 2
c.w += 1
print(c.v, c.w)
// expect: P(x: 1.0, y: 0.25)
// expect: Q(v: 3.0)
// expect: 3.0 4.0
// expect: 3.5 5.0
