func sum(_ values: Int...) -> Int { values.reduce(0, +) }
print(sum(), sum(1), sum(1, 2, 3))
func join(_ parts: String..., separator: String) -> String { parts.joined(separator: separator) }
print(join("a", "b", "c", separator: "-"))
func average(of values: Double...) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
print(average(of: 1, 2, 3, 4))
// expect: 0 1 6
// expect: a-b-c
// expect: 2.5
