func classify(_ n: Int) -> String { n < 0 ? "negative" : n == 0 ? "zero" : n < 10 ? "small" : "big" }
print([-5, 0, 3, 42].map(classify))
let flags = [true, false, true]
print(flags.map { $0 ? 1 : 0 }.reduce(0, +))
// expect: ["negative", "zero", "small", "big"]
// expect: 2
