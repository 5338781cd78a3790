let pair = (3, 3)
switch pair {
case let (x, y) where x == y: print("same \(x)")
default: print("different")
}
// expect: same 3
