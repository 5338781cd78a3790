func greet(_ name: String, greeting: String = "Hello") -> String {
    return "\(greeting), \(name)!"
}
print(greet("Ann"), greet("Bob", greeting: "Hi"))
// expect: Hello, Ann! Hi, Bob!
func move(from a: Int, to b: Int) -> Int { b - a }
print(move(from: 2, to: 7))
// expect: 5
func total(_ values: Int...) -> Int { values.reduce(0, +) }
print(total(1, 2, 3), total())
// expect: 6 0
func half(_ x: Double) -> Double { x / 2 }
print(half(3))
// expect: 1.5
