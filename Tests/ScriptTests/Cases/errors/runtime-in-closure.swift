let values = [1, 0]
let inverted = values.map { 10 / $0 }
// expect error: RuntimeError: division by zero
