seed(3)
let a = randn(3)
seed(3)
let b = randn(3)
print(a == b, a.count)
// expect: true 3
seed(1)
let first = Int.random(in: 0...1_000_000)
seed(1)
print(first == Int.random(in: 0...1_000_000))
// expect: true
