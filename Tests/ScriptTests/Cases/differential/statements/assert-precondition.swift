func safeDivide(_ a: Int, _ b: Int) -> Int {
    precondition(b != 0, "b must not be zero")
    assert(a >= 0, "a must be non-negative")
    return a / b
}
print(safeDivide(10, 3))
assert(true)
precondition(1 < 2)
print("checks passed")
// expect: 3
// expect: checks passed
