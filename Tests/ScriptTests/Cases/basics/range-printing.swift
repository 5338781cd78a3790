let r = 2...4
print(r, r.lowerBound, r.upperBound, r.contains(4), Array(r.reversed()))
// expect: 2...4 2 4 true [4, 3, 2]
