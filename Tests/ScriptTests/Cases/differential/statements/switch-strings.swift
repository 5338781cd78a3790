for word in ["apple", "kiwi", "fig", "banana"] {
    switch word {
    case "apple": print("red")
    case let w where w.count <= 3: print("short \(w)")
    case let w where w.hasPrefix("b"): print("b-word \(w)")
    default: print("other")
    }
}
// expect: red
// expect: other
// expect: short fig
// expect: b-word banana
