let unit = 0.0..<1.0
print(unit.contains(0.5), unit.contains(1.0))
// expect: true false
