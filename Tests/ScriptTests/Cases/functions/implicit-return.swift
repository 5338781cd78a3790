func square(_ x: Int) -> Int { x * x }
func greet(name: String) -> String { "hi \(name)" }
print(square(7), greet(name: "z"))
// expect: 49 hi z
func nothing() { }
print(nothing())
// expect: ()
