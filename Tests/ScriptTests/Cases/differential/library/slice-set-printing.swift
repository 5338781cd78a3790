// A slice and a set print like arrays; debugPrint and an element of a printed collection show their type.
let a = [1, 2, 3]
print([a[0..<1]], [Set([2])], a[1...])
debugPrint(a[1...])
// expect: [ArraySlice([1])] [Set([2])] [2, 3]
// expect: ArraySlice([2, 3])
