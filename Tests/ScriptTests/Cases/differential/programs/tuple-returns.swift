func stats(_ xs: [Double]) -> (min: Double, max: Double, mean: Double) {
    var lo = xs[0], hi = xs[0], sum = 0.0
    for x in xs { lo = min(lo, x); hi = max(hi, x); sum += x }
    return (lo, hi, sum / Double(xs.count))
}
let s = stats([3, 1, 4, 1, 5, 9, 2, 6])
print(s.min, s.max, s.mean)
let (lo, hi, _) = s
print(hi - lo)
// expect: 1.0 9.0 3.875
// expect: 8.0
