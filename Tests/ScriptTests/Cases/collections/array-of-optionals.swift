let values = ["1", "two", "3"].map { Int($0) }
print(values, values.compactMap { $0 })
// expect: [Optional(1), nil, Optional(3)] [1, 3]
