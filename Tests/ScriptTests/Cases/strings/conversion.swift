print(String(3.5), String(true), String(42), String(describing: [1.5]))
// expect: 3.5 true 42 [1.5]
print("\(1) + \(2.0) = \(1 + 2.0)")
// expect: 1 + 2.0 = 3.0
print("tab\tend", "quote\"s")
// expect: tab	end quote"s
