func isAnagram(_ a: String, _ b: String) -> Bool { a.lowercased().sorted() == b.lowercased().sorted() }
print(isAnagram("Listen", "Silent"), isAnagram("abc", "abd"))
let words = ["eat", "tea", "tan", "ate", "nat", "bat"]
let groups = Dictionary(grouping: words) { String($0.sorted()) }
for key in groups.keys.sorted() { print(key, groups[key]!) }
// expect: true false
// expect: abt ["bat"]
// expect: aet ["eat", "tea", "ate"]
// expect: ant ["tan", "nat"]
