let words = ["apple", "banana", "cherry", "date"]
print(words.first(where: { $0.hasPrefix("c") })!)
print(words.contains(where: { $0.count > 5 }))
print(words.allSatisfy { $0.count >= 4 })
print(words.firstIndex(where: { $0.hasSuffix("a") })!)
print(words.lastIndex(of: "date")!)
print(words.min(by: { $0.count < $1.count })!, words.max(by: { $0.count < $1.count })!)
// expect: cherry
// expect: true
// expect: true
// expect: 1
// expect: 3
// expect: date banana
