let d = ["a": 1]
print(d["a"]!)
// expect: 1
d["b"]!
// expect error: RuntimeError: unexpectedly found nil while unwrapping an Optional value
