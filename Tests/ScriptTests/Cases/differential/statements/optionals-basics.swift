var counter: Int? = 1
print(counter)
print(counter!)
counter = nil
print(counter)
print(counter ?? -1)
let words: [String]? = ["a", "b"]
print(words?.count)
print(words?.first?.uppercased())
let none: String? = nil
print(none?.count)
print(String(describing: none))
// expect: Optional(1)
// expect: 1
// expect: nil
// expect: -1
// expect: Optional(2)
// expect: Optional("A")
// expect: nil
// expect: nil
