var groups: [String: [String]] = [:]
for word in ["apple", "avocado", "banana"] {
    let key = String(word.first!)
    groups[key, default: []].append(word)
}
print(groups)
// expect: ["a": ["apple", "avocado"], "b": ["banana"]]
