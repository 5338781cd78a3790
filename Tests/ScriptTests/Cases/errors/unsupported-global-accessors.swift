// Setters and observers on variables outside a type, and writes through a key path held in a variable, are
// refused by name rather than misparsed.
var backing = 0
var g: Int {
    get { backing }
    set { backing = newValue * 2 }
}
// %%
var h = 1 {
    didSet { print("h changed from \(oldValue) to \(h)") }
}
// %%
struct P { var x = 1 }
let kp = \P.x
var p = P()
p[keyPath: \.x] += 5
print(p[keyPath: kp], p)
// %%
p[keyPath: kp] += 5
// expect: 6 P(x: 6)
// expect error: SyntaxError: only a getter is supported for a computed variable outside a type in Loupe cells
// expect error: SyntaxError: property observers ('didSet') on a variable outside a type are not supported in Loupe cells
// expect error: SyntaxError: assigning through a key path held in a variable is not supported in Loupe cells (write the key path in place: x[keyPath: \.name] += …)
