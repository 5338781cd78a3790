let e = ""
print(e.isEmpty, e.count, String(repeating: "ab", count: 3))
// expect: true 0 ababab
print("a b  c".split(separator: " "))
// expect: ["a", "b", "c"]
