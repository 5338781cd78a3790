// fallthrough runs the next case's body without testing its pattern, across several cases and from inside an if.
func grades(_ score: Int) -> [String] {
    var out: [String] = []
    switch score {
    case 90...:
        out.append("A")
        fallthrough
    case 80..<90:
        out.append("B")
        if score > 85 { fallthrough }
    case 70..<80:
        out.append("C")
    default:
        out.append("F")
    }
    return out
}
print(grades(95), grades(87), grades(82), grades(75), grades(10))
enum Level { case high, mid, low }
func steps(_ level: Level) -> Int {
    var n = 0
    switch level {
    case .high:
        n += 100
        fallthrough
    case .mid:
        n += 10
        fallthrough
    case .low:
        n += 1
    }
    return n
}
print(steps(.high), steps(.mid), steps(.low))
// expect: ["A", "B", "C"] ["B", "C"] ["B"] ["C"] ["F"]
// expect: 111 11 1
