print(type(of: 1), type(of: [1.5]), type(of: ["a": 1]))
// expect: Int Array<Double> Dictionary<String, Int>
