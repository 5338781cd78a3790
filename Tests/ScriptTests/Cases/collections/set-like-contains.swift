let allowed = ["a", "b"]
print(["a", "c"].filter { allowed.contains($0) })
// expect: ["a"]
