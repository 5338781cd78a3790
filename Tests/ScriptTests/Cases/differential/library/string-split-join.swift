// split(separator:) with maxSplits and omittingEmptySubsequences; map(String.init); joined on reversed pieces.
let csv = "name,age,,city"
print(csv.split(separator: ","))
print(csv.split(separator: ",", omittingEmptySubsequences: false))
print(csv.split(separator: ",").map(String.init).joined(separator: " | "))
let sentence = "the quick brown fox"
print(sentence.split(separator: " ").map { (w: Substring) -> Int in w.count })
print(sentence.split(separator: " ").reversed().joined(separator: " "))
print("a:b:c:d".split(separator: ":", maxSplits: 1), ":a::b:".split(separator: ":", omittingEmptySubsequences: false), "k=v=w".split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false))
// expect: ["name", "age", "city"]
// expect: ["name", "age", "", "city"]
// expect: name | age | city
// expect: [3, 5, 5, 3]
// expect: fox brown quick the
// expect: ["a", "b:c:d"] ["", "a", "", "b", ""] ["k", "v=w"]
