let d = ["a": 1]
let values = ["a", "b"].map { d[$0] }
print(values, values.compactMap { $0 }.count)
// expect: [Optional(1), nil] 1
