let big = Int.max
print(big &+ 1 == Int.min)
print(Int.min &- 1 == Int.max)
print(big &* 2)
var h = 5381
for v in [97, 98, 99] { h = h &* 33 &+ v }
var w = Int.max - 1
w &+= 5
print(w)
print(h)
print(Int.max, Int.min)
// expect: true
// expect: true
// expect: -2
// expect: -9223372036854775805
// expect: 193485963
// expect: 9223372036854775807 -9223372036854775808
