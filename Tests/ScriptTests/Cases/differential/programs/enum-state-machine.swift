enum Light { case red, yellow, green
    func next() -> Light {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }
}
var light = Light.red
var seen: [Light] = []
for _ in 0..<5 { seen.append(light); light = light.next() }
print(seen)
print(light == .green, light)
// expect: [main.Light.red, main.Light.green, main.Light.yellow, main.Light.red, main.Light.green]
// expect: false yellow
