var w = 1.0
w = .infinity
print(w, w > .greatestFiniteMagnitude)
var best = Double.infinity
for x in [4.0, 2.5, 7.0] { best = min(best, x) }
print(best)
var low: Double = 0
low = -.pi
print(low)
var f: Float = 2
f = .infinity
print(f)
var scores: [Double] = [1, 2]
scores[0] = .nan
print(scores[0].isNaN, scores)
func worst() -> Double { .infinity }
print(worst(), -worst())
var maybe: Double? = 1
maybe = .zero
print(maybe as Any)
// expect: inf true
// expect: 2.5
// expect: -3.141592653589793
// expect: inf
// expect: true [nan, 2.0]
// expect: inf -inf
// expect: Optional(0.0)
