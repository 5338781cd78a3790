// The specialised writes, conditions and increments of frame slots give the values and errors of the general path.
func fills(_ n: Int) -> [Int] {
    var a = [Int](repeating: 0, count: n)
    let zero = a
    for k in 0..<n { a[k] = k * k }
    var v = 7
    a[1] = v
    v = 9
    a[2] = v
    a[0] += v
    a[3] -= 2
    a[4] *= 3
    print(zero)
    return a
}
print(fills(6))
// expect: [0, 0, 0, 0, 0, 0]
// expect: [9, 7, 9, 7, 48, 25]
func shared() -> ([Double], [String]) {
    var xs = [1.5, 2.5]
    let copy = xs
    var i = 1
    xs[i] += 1.0
    i = 0
    xs[i] += 2
    var names = ["a", "b"]
    let original = names
    names[i] += "z"
    names[1] = names[0]
    print(copy, original)
    return (xs, names)
}
print(shared())
// expect: [1.5, 2.5] ["a", "b"]
// expect: ([3.5, 3.5], ["az", "az"])
func flags(_ n: Int) -> ([Bool], [Bool], [UInt8], [Float]) {
    var marks = [Bool](repeating: true, count: n)
    let before = marks
    var j = 1
    while j < n { marks[j] = false; j += 2 }
    var bytes: [UInt8] = [1, 2]
    var floats: [Float] = [0.5, 1]
    let i = 1, big = 50
    bytes[i] = 200
    bytes[i] += 50
    floats[i] = 0.1
    floats[i] += 2
    print(type(of: bytes[i]), type(of: floats[i]), big)
    return (before, marks, bytes, floats)
}
print(flags(5))
// expect: UInt8 Float 50
// expect: ([true, true, true, true, true], [true, false, true, false, true], [1, 250], [0.5, 2.1])
func grid(_ size: Int) -> [[Int]] {
    var g = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
    let row = g[1]
    for i in 0..<size {
        for j in 0..<size { g[i][j] += i + j }
    }
    g[0][1] = 40
    var j = 2
    g[j][j] = -1
    j = 0
    g[2][j] -= 5
    print(row)
    return g
}
print(grid(3))
// expect: [0, 0, 0]
// expect: [[0, 40, 2], [1, 2, 3], [-3, 3, -1]]
func counts(_ n: Int) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    let empty = counts
    for k in 0..<n { counts[k % 3, default: 0] += 1 }
    var k = 7
    counts[k] = 1
    counts[k] += 10
    k = 0
    counts[k] = nil
    print(empty.count)
    return counts
}
let c = counts(10)
print(c[1]!, c[2]!, c[7]!, c[0] == nil, c.count)
// expect: 0
// expect: 3 3 11 true 3
func loops(_ n: Int) -> (Int, Int, Double, String) {
    var i = 0, total = 0, step = 3
    while i <= n {
        total += i
        i += step
    }
    var x = 0.5
    x += 1
    x += 0.25
    var s = "a"
    let t = "bc"
    s += t
    var k = 2
    while k * k <= n { k += 1 }
    step = -1
    while total > n { total += step }
    return (total, k, x, s)
}
print(loops(20))
// expect: (20, 5, 1.75, "abc")
func compare(_ a: String, _ b: String) -> Int {
    var steps = 0
    var x = a
    while x < b {
        x += "z"
        steps += 1
        if steps > 5 { break }
    }
    return steps
}
print(compare("a", "b"))
// expect: 6
// %%
func overflowAdd() -> Int {
    var big = Int.max - 1
    let one = 1
    big += one
    big += one
    return big
}
overflowAdd()
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 2, line 5, column 5: error: arithmetic overflow
// expect traceback:         big += one
// expect traceback:         ^~~~~~~~~~
// expect traceback:   in 'overflowAdd()' at cell 2, line 5
// %%
func overflowConstant() -> Int {
    var big = Int.max
    big += 1
    return big
}
overflowConstant()
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 3, line 3, column 5: error: arithmetic overflow
// expect traceback:         big += 1
// expect traceback:         ^~~~~~~~
// expect traceback:   in 'overflowConstant()' at cell 3, line 3
// %%
func overflowElement() -> [Int] {
    var a = [Int.max]
    let i = 0
    a[i] += 1
    return a
}
overflowElement()
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 4, line 4, column 5: error: arithmetic overflow
// expect traceback:         a[i] += 1
// expect traceback:         ^~~~~~~~~
// expect traceback:   in 'overflowElement()' at cell 4, line 4
// %%
func outOfRange() -> [Int] {
    var a = [1, 2]
    let i = 2
    a[i] = 5
    return a
}
outOfRange()
// expect error: RuntimeError: index 2 out of range (count 2)
// expect traceback: cell 5, line 4, column 5: error: index 2 out of range (count 2)
// expect traceback:         a[i] = 5
// expect traceback:         ^~~~
// expect traceback:   in 'outOfRange()' at cell 5, line 4
// %%
func nestedOutOfRange() -> [[Int]] {
    var g = [[1], [2]]
    let i = 1, j = 1
    g[i][j] += 5
    return g
}
nestedOutOfRange()
// expect error: RuntimeError: index 1 out of range (count 1)
// expect traceback: cell 6, line 4, column 5: error: index 1 out of range (count 1)
// expect traceback:         g[i][j] += 5
// expect traceback:         ^~~~~~~
// expect traceback:   in 'nestedOutOfRange()' at cell 6, line 4
// %%
func badCondition() -> Int {
    var i = 0
    let s = "x"
    while i < s { i += 1 }
    return i
}
badCondition()
// expect error: TypeError: binary operator '<' cannot be applied to operands of type 'Int' and 'String'
// expect traceback: cell 7, line 4, column 11: error: binary operator '<' cannot be applied to operands of type 'Int' and 'String'
// expect traceback:         while i < s { i += 1 }
// expect traceback:               ^~~~~
// expect traceback:   in 'badCondition()' at cell 7, line 4
// %%
func mixedIncrement() -> Int {
    var i = 0
    let s = "x"
    i += s
    return i
}
mixedIncrement()
// expect error: TypeError: binary operator '+' cannot be applied to operands of type 'Int' and 'String'
// expect traceback: cell 8, line 4, column 5: error: binary operator '+' cannot be applied to operands of type 'Int' and 'String'
// expect traceback:         i += s
// expect traceback:         ^~~~~~
// expect traceback:   in 'mixedIncrement()' at cell 8, line 4
