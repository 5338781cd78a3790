enum Value { case number(Double), pair(x: Double, y: Int) }
let v = Value.number(3)
print(v)
let w: Value = .pair(x: 7 / 2, y: 1)
print(w, Value.number(1 / 4))
if case .number(let x) = v { print(x) }
// expect: number(3.0)
// expect: pair(x: 3.5, y: 1) number(0.25)
// expect: 3.0
