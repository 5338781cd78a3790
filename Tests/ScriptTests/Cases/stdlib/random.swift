seed(42)
let first = [Double.random(in: 0..<1), Double.random(in: 0..<1)]
let dice = (0..<5).map { _ in Int.random(in: 1...6) }
seed(42)
let again = [Double.random(in: 0..<1), Double.random(in: 0..<1)]
print(first == again, dice.allSatisfy { $0 >= 1 && $0 <= 6 })
// expect: true true
print(randn(100).count, rand(3).allSatisfy { $0 >= 0 && $0 < 1 }, normal(count: 4, mean: 5, std: 0).mean())
// expect: 100 true 5.0
print([1, 2, 3, 4].shuffled().sorted())
// expect: [1, 2, 3, 4]
