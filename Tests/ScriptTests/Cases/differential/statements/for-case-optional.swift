let values: [Int?] = [1, nil, 3, nil, 5]
for case let v? in values { print(v) }
var sum = 0
for case let v? in values where v > 1 { sum += v }
print(sum)
print(values.compactMap { $0 })
for case let x? in [1, nil, 3] { print("literal", x) }
let chars: [Character] = ["s", "w", "i", "f", "t"]
print(String(chars), String(chars.reversed()), String(["o", "k"]))
// expect: 1
// expect: 3
// expect: 5
// expect: 8
// expect: [1, 3, 5]
// expect: literal 1
// expect: literal 3
// expect: swift tfiws ok
