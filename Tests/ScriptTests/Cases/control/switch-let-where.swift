for value in [-5, 0, 7] {
    switch value {
    case let v where v < 0: print("negative \(v)")
    case 0: print("zero")
    case let v: print("positive \(v)")
    }
}
// expect: negative -5
// expect: zero
// expect: positive 7
