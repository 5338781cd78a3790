func greet(_ name: String, from place: String = "home", times: Int = 1) -> String {
    var parts: [String] = []
    for _ in 0..<times { parts.append("hi \(name) from \(place)") }
    return parts.joined(separator: "; ")
}
print(greet("Ann"))
print(greet("Bo", from: "work"))
print(greet("Cy", times: 2))
print(greet("Di", from: "sea", times: 2))
// expect: hi Ann from home
// expect: hi Bo from work
// expect: hi Cy from home; hi Cy from home
// expect: hi Di from sea; hi Di from sea
