enum Level: Int, Comparable, CustomStringConvertible {
    case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    var description: String { "L\(rawValue)" }
    var doubled: Int { rawValue * 2 }
}
print(Level.mid, [Level.high, .low].sorted(), Level.high > .mid, Level(rawValue: 5) as Any, Level.high.doubled)
let single = ["only": 1]
print(single.first!, single.first!.key, [String: Int]().first as Any)
// expect: L2 [L1, L3] true nil 6
// expect: (key: "only", value: 1) only nil
