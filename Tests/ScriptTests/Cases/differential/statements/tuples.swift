let point = (x: 3, y: 4)
print(point.x, point.y, point.0)
print(point)
var pair = (1, "one")
pair.0 = 2
pair.1 = "two"
print(pair)
func minMax(_ xs: [Int]) -> (min: Int, max: Int) { (xs.min()!, xs.max()!) }
let r = minMax([5, 2, 9])
print(r.min, r.max, r)
let nested = ((1, 2), (3, (4, 5)))
print(nested.1.1.0)
// expect: 3 4 3
// expect: (x: 3, y: 4)
// expect: (2, "two")
// expect: 2 9 (min: 2, max: 9)
// expect: 4
