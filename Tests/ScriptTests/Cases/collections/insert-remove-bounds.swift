var a = [1]
a.insert(0, at: 5)
// expect error: RuntimeError: index 5 out of range (count 1)
// %%
var b: [Int] = []
b.removeLast()
// expect error: RuntimeError: can't remove last element from an empty collection
