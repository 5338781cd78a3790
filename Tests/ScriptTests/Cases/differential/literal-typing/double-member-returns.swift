struct S {
    var xs: [Double] = [1, 2]
    var zero: Double { 0 }
    var first: Double { get { xs[0] } set { xs[0] = newValue } }
    subscript(i: Int) -> Double { get { xs[i] } set { xs[i] = newValue } }
    func half() -> Double { 1 / 2 }
}
var s = S()
s.first = 5
s[1] = 6
print(s.xs, s.zero, s.first, s[1], s.half())
// expect: [5.0, 6.0] 0.0 5.0 6.0 0.5
