protocol FullyNamed {
    var fullName: String { get }
}
struct Person: FullyNamed { var fullName: String }
class Starship: FullyNamed {
    var prefix: String?
    var name: String
    init(name: String, prefix: String? = nil) {
        self.name = name
        self.prefix = prefix
    }
    var fullName: String { (prefix != nil ? prefix! + " " : "") + name }
}
let john = Person(fullName: "John Appleseed")
let ncc1701 = Starship(name: "Enterprise", prefix: "USS")
let named: [FullyNamed] = [john, ncc1701]
for n in named { print(n.fullName) }
protocol RandomNumberGenerator { mutating func random() -> Double }
struct LinearCongruentialGenerator: RandomNumberGenerator {
    var lastRandom = 42.0
    let m = 139968.0, a = 3877.0, c = 29573.0
    mutating func random() -> Double {
        lastRandom = ((lastRandom * a + c).truncatingRemainder(dividingBy: m))
        return lastRandom / m
    }
}
var generator = LinearCongruentialGenerator()
print(generator.random())
print(generator.random())
// expect: John Appleseed
// expect: USS Enterprise
// expect: 0.3746499199817101
// expect: 0.729023776863283
