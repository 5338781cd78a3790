// A slice keeps its parent's indices: index 0 of a[2..<4] is an error naming the slice's bounds, not a[2].
let a = [10, 20, 30, 40, 50]
let s = a[2..<4]
print(s[2])
// expect: 30
// %%
print(s[0])
// expect error: RuntimeError: index 0 out of range of an array slice with indices 2..<4 (a slice keeps its parent's indices; Array(slice) counts from 0)
// %%
print(s[1..<3])
// expect error: RuntimeError: range 1..<3 out of bounds of an array slice with indices 2..<4
// %%
print(Array(s)[0], s.dropFirst()[3])
// expect: 30 40
// %%
for i in 0..<3 {
    if i == 1 { break outer }
}
// expect error: SyntaxError: cannot find label 'outer' in scope
// %%
fallthrough
// expect error: SyntaxError: 'fallthrough' is only allowed inside a switch
// %%
outer: if true {
    for _ in 0..<2 { continue outer }
}
// expect error: SyntaxError: 'continue' label 'outer' does not name a loop
// %%
func pick(_ x: Int) -> Int { x }
func pick(_ x: String) -> String { x }
print(pick(1), pick("a"))
// expect: 1 a
// %%
pick(true)
// expect error: TypeError: no exact matches in call to global function 'pick'
// %%
func same(_ x: Int) -> Int { x }
func same(_ x: Int) -> Int { x + 1 }
// expect error: NameError: invalid redeclaration of 'same'
// %%
let word = "abc"
print(word[word.index(before: word.endIndex)])
// expect: c
// %%
print(word[word.endIndex])
// expect error: RuntimeError: String index is out of bounds
// %%
typealias Grid = [[Int]]
var cells = Grid(repeating: [0, 0], count: 2)
cells[1][0] = 5
print(cells)
// expect: [[0, 0], [5, 0]]
// %%
typealias First = Second
typealias Second = [First]
// expect error: TypeError: type alias 'Second' references itself
