func f(_ x: Int?) -> Int {
    guard let y = x else { print("none") }
    return y
}
// expect error: SyntaxError: 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope
