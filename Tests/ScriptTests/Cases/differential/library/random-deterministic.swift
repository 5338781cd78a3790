let xs = [1, 2, 3, 4, 5]
let shuffled = xs.shuffled()
print(shuffled.count, shuffled.sorted() == xs)
let r = Int.random(in: 1...6)
print(r >= 1 && r <= 6)
let d = Double.random(in: 0..<1)
print(d >= 0 && d < 1)
print(xs.randomElement().map { xs.contains($0) }!)
// expect: 5 true
// expect: true
// expect: true
// expect: true
