let opt: Int? = 5
if case let x? = opt { print("case", x) }
// expect: case 5
if case 1...9 = 5 { print("in range") }
// expect: in range
