// The statements of small loop bodies run as nodes (`a[i] = v`, `a[i] += v`, `x += y`, `x += 1`): an element of
// the same type is written where it lies, a shared array is copied first, and every other case (another type,
// an index out of range, an overflow, an array of `Any`) takes the general path with its values and errors.
func strided(_ n: Int, _ step: Int) -> ([Bool], [Bool], Int) {
    var marks = [Bool](repeating: true, count: n)
    let before = marks
    var j = 0
    while j < n {
        marks[j] = false
        j += step
    }
    var kept = 0
    for k in 0..<n where marks[k] { kept += 1 }
    return (marks, before, kept)
}
print(strided(7, 3))
// expect: ([false, true, true, false, true, true, false], [true, true, true, true, true, true, true], 4)
func sums(_ n: Int) -> ([Int], [Double], [Int]) {
    var ints = [Int](repeating: 1, count: n)
    var reals = [Double](repeating: 0.5, count: n)
    let kept = ints
    for i in 0..<n { ints[i] += i }
    var k = 0
    while k < n {
        reals[k] += 0.25
        k += 1
    }
    return (ints, reals, kept)
}
print(sums(3))
// expect: ([1, 2, 3], [0.75, 0.75, 0.75], [1, 1, 1])
func mixed() -> [Any] {
    var items: [Any] = [1, "two", 3.0, true]
    var i = 0
    var value = 7
    while i < 4 {
        items[i] = value
        i += 1
    }
    value += 1
    return items
}
print(mixed())
// expect: [7, 7, 7, 7]
// %%
func wrongType() -> [Int] {
    var xs = [1, 2, 3]
    var i = 0
    let text = "x"
    while i < 3 {
        xs[i] = text
        i += 1
    }
    return xs
}
wrongType()
// expect error: TypeError: cannot convert return expression of type '[String]' to return type '[Int]'
// %%
func outOfRange() -> [Int] {
    var xs = [0, 0]
    var i = 0
    while i < 3 {
        xs[i] = 5
        i += 1
    }
    return xs
}
outOfRange()
// expect error: RuntimeError: index 2 out of range (count 2)
// %%
func overflow() -> Int {
    var total = Int.max - 2
    var step = 1
    var i = 0
    while i < 5 {
        total += step
        i += 1
    }
    return total + step
}
overflow()
// expect error: RuntimeError: arithmetic overflow
// %%
func notBool() -> Int {
    let flags = [1, 0, 1]
    var count = 0
    for k in 0..<3 where flags[k] { count += 1 }
    return count
}
notBool()
// expect error: TypeError: type 'Int' cannot be used as a boolean; test for '!= nil' instead
