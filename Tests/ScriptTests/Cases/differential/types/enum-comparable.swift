enum Priority: Comparable { case low, medium, high }
let tasks: [Priority] = [.high, .low, .medium, .low]
print(tasks.sorted())
print(tasks.max()!, tasks.min()!)
print(Priority.low < .high, Priority.high <= .medium, Priority.medium >= .medium)
enum Level: Int, Comparable {
    case one = 1, two, three
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print([Level.three, .one].sorted(), Level.two > .one)
// expect: [main.Priority.low, main.Priority.low, main.Priority.medium, main.Priority.high]
// expect: high low
// expect: true false true
// expect: [main.Level.one, main.Level.three] true
