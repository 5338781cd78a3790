let value = 0.5
switch value {
case 0.0..<1.0:
    print("unit")
    break
default: print("other")
}
// expect: unit
