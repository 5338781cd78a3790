let fixed = [1, 2]
fixed[0] = 3
// expect error: TypeError: cannot assign through subscript: 'fixed' is a 'let' constant
// %%
let point = (x: 1, y: 2)
point.x = 5
// expect error: TypeError: cannot assign to property: 'point' is a 'let' constant
// %%
var numbers = [1]
numbers.count = 4
// expect error: TypeError: cannot assign to property: 'count' is a get-only property
// %%
var text = "abc"
text[0] = "x"
// expect error: TypeError: cannot assign through subscript: subscript is get-only
// %%
func twice(_ a: inout Int, _ b: inout Int) {}
var n = 1
twice(&n, &n)
// expect error: TypeError: overlapping accesses to 'n', but modification requires exclusive access; consider copying to a local variable
// %%
var kept = [1, 2, 3]
func broken(_ values: inout [Int]) { values[0] = 9; values[7] = 1 }
broken(&kept)
// expect error: RuntimeError: index 7 out of range (count 3)
// %%
print(kept)
// expect: [9, 2, 3]
