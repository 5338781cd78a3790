func joinAll(_ parts: String..., separator: String = "+") -> String { parts.joined(separator: separator) }
print(joinAll("a", "b", "c"), joinAll("x", separator: "-"))
// expect: a+b+c x
