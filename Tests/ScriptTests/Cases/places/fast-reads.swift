// Reads of `a[i]` on a frame slot and `%` on Ints (the inline paths) give the values and errors of the general ones.
func reads() -> [String] {
    var a = [10, 20, 30]
    let i = 2
    var seen: [String] = []
    seen.append("\(a[i]) \(a[0]) \(a[1])")
    a[i] = 5
    seen.append("\(a[i])")
    let d = [1: "one", 2: "two"]
    let k = 2
    seen.append("\(d[k]!) \(d[1] ?? "?") \(d[i] == nil)")
    let s = [[1, 2], [3, 4]]
    let j = 1
    seen.append("\(s[j]) \(s[j][0])")
    let ds = [0.5, 1.5]
    seen.append("\(ds[j] + 1)")
    return seen
}
print(reads())
// expect: ["30 10 20", "5", "two one false", "[3, 4] 3", "2.5"]
func remainders(_ n: Int) -> [Int] {
    var out: [Int] = []
    let m = 3, negative = -3
    for k in -n...n { out.append(k % m) }
    out.append(7 % negative)
    out.append(-7 % negative)
    out.append(n % 4)
    out.append(Int.min % 1)
    return out
}
print(remainders(4))
// expect: [-1, 0, -2, -1, 0, 1, 2, 0, 1, 1, -1, 0, 0]
func mixed() -> Double {
    let x = 7.5, y = 2
    return x % Double(y)
}
print(mixed())
// expect: 1.5
// %%
func zero() -> Int {
    let m = 0
    return 5 % m
}
zero()
// expect error: RuntimeError: division by zero
// expect traceback: cell 2, line 3, column 12: error: division by zero
// expect traceback:         return 5 % m
// expect traceback:                ^~~~~
// expect traceback:   in 'zero()' at cell 2, line 3
// %%
func minOverflow() -> Int {
    let m = -1
    let low = Int.min
    return low % m
}
minOverflow()
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 3, line 4, column 12: error: arithmetic overflow
// expect traceback:         return low % m
// expect traceback:                ^~~~~~~
// expect traceback:   in 'minOverflow()' at cell 3, line 4
// %%
func outOfRange() -> Int {
    let a = [1, 2]
    let i = 2
    return a[i]
}
outOfRange()
// expect error: RuntimeError: index 2 out of range (count 2)
// expect traceback: cell 4, line 4, column 12: error: index 2 out of range (count 2)
// expect traceback:         return a[i]
// expect traceback:                ^~~~
// expect traceback:   in 'outOfRange()' at cell 4, line 4
// %%
func negativeIndex() -> Int {
    let a = [1, 2]
    let i = -1
    return a[i] + 1
}
negativeIndex()
// expect error: RuntimeError: index -1 out of range (count 2)
// expect traceback: cell 5, line 4, column 12: error: index -1 out of range (count 2)
// expect traceback:         return a[i] + 1
// expect traceback:                ^~~~
// expect traceback:   in 'negativeIndex()' at cell 5, line 4
// %%
func wrongKey() -> Int {
    let a = [1, 2]
    let i = "0"
    return a[i]
}
wrongKey()
// expect error: TypeError: cannot subscript a value of type '[Int]' with an argument of type 'String'
// expect traceback: cell 6, line 4, column 12: error: cannot subscript a value of type '[Int]' with an argument of type 'String'
// expect traceback:         return a[i]
// expect traceback:                ^~~~
// expect traceback:   in 'wrongKey()' at cell 6, line 4
