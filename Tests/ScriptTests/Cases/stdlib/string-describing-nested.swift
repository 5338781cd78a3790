print(String(describing: ["k": [Optional(1.5), nil]]), String(describing: (1, [2])))
// expect: ["k": [Optional(1.5), nil]] (1, [2])
