let data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
let mean = data.reduce(0, +) / Double(data.count)
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(data.count)
print(mean, variance, variance.squareRoot())
let sorted = data.sorted()
print((sorted[3] + sorted[4]) / 2, sorted.first!, sorted.last!)
// expect: 5.0 4.0 2.0
// expect: 4.5 2.0 9.0
