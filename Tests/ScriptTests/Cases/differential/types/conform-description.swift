struct Temperature: CustomStringConvertible {
    var celsius: Double
    var description: String { "\(celsius)°C" }
}
enum Mood: CustomStringConvertible {
    case happy, sad
    var description: String { self == .happy ? ":)" : ":(" }
}
let t = Temperature(celsius: 21.5)
print(t)
print("It is \(t) and I feel \(Mood.happy)")
print([t], [Mood.sad, .happy])
print(String(describing: t), "\(Optional(t) as Any)")
let d: [String: Temperature] = ["in": t]
print(d)
// expect: 21.5°C
// expect: It is 21.5°C and I feel :)
// expect: [21.5°C] [:(, :)]
// expect: 21.5°C Optional(21.5°C)
// expect: ["in": 21.5°C]
