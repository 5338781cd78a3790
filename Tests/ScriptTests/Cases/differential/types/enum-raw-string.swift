enum CompassPoint: String {
    case north, south, east, west
}
enum Weekday: String { case mon = "Monday", tue = "Tuesday" }
print(CompassPoint.west.rawValue, Weekday.mon.rawValue)
let names = [CompassPoint.north, .south].map { $0.rawValue }
print(names)
enum Grade: Character { case a = "A", b = "B" }
print(Grade.b.rawValue)
enum Ratio: Double { case half = 0.5, quarter = 0.25 }
print(Ratio.half.rawValue + Ratio.quarter.rawValue)
// expect: west Monday
// expect: ["north", "south"]
// expect: B
// expect: 0.75
