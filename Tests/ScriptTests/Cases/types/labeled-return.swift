func minMax(_ a: [Int]) -> (min: Int, max: Int) { (a.min()!, a.max()!) }
let mm = minMax([3, 1, 4])
print(mm, mm.min, minMax([2, 9]).1)
// expect: (min: 1, max: 4) 1 9
