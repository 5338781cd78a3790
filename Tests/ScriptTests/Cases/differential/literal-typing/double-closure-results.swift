let c: () -> Double = { 5 }
let f: (Double) -> Double = { x in x + 1 }
func apply(_ g: (Double) -> Double) -> Double { g(1) }
print(c(), f(2), apply { _ in 3 })
let h: (Int) -> Double = { n in n > 0 ? 1 : 2 }
print(h(1), h(0))
let immediate: Double = { 4 }()
print(immediate)
// expect: 5.0 3.0 3.0
// expect: 1.0 2.0
// expect: 4.0
