let value: Int? = nil
for _ in 0..<1 {
    guard let v = value else { print("nothing"); break }
    print(v)
}
// expect: nothing
