func half(_ x: Double) -> Double { x / 2 }
half("two")
// expect error: TypeError: cannot convert value of type 'String' to expected argument type 'Double' (argument 'x')
