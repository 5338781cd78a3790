var x: String? = "a"
x = nil
print(x, x == nil, x ?? "default")
// expect: nil true default
