enum TriStateSwitch {
    case off, low, high
    mutating func next() {
        switch self {
        case .off: self = .low
        case .low: self = .high
        case .high: self = .off
        }
    }
    var isOn: Bool { self != .off }
    func label(prefix: String) -> String { "\(prefix): \(self)" }
    static var start: TriStateSwitch { .off }
}
var ovenLight = TriStateSwitch.low
ovenLight.next()
print(ovenLight, ovenLight.isOn)
ovenLight.next()
print(ovenLight, ovenLight.isOn)
print(ovenLight.label(prefix: "oven"), TriStateSwitch.start)
// expect: high true
// expect: off false
// expect: oven: off off
