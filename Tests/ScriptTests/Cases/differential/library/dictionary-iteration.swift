let scores = ["ann": 90, "bob": 72, "cy": 85]
for (k, v) in scores.sorted(by: { $0.value > $1.value }) { print(k, v) }
let passed = scores.filter { $0.value >= 80 }
print(passed.keys.sorted())
print(scores.mapValues { $0 / 10 }.sorted { $0.key < $1.key })
print(scores.map { $0.key.uppercased() }.sorted())
print(scores.values.reduce(0, +))
// expect: ann 90
// expect: cy 85
// expect: bob 72
// expect: ["ann", "cy"]
// expect: [(key: "ann", value: 9), (key: "bob", value: 7), (key: "cy", value: 8)]
// expect: ["ANN", "BOB", "CY"]
// expect: 247
