enum Light { case red, yellow, green }
enum Action { case stop, slow, go }
func action(for light: Light, emergency: Bool) -> Action {
    switch (light, emergency) {
    case (_, true): return .stop
    case (.red, false): return .stop
    case (.yellow, false): return .slow
    case (.green, false): return .go
    }
}
print(action(for: .green, emergency: false), action(for: .green, emergency: true), action(for: .yellow, emergency: false))
let pairs: [(Light, Int)] = [(.red, 1), (.green, 2)]
for (light, n) in pairs {
    switch light {
    case .red where n > 0: print("red", n)
    case .red, .yellow: print("warm")
    case .green: print("green", n)
    }
}
// expect: go stop slow
// expect: red 1
// expect: green 2
