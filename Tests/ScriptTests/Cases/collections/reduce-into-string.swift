let text = ["a", "b", "c"].reduce("") { $0 + $1.uppercased() }
print(text)
// expect: ABC
