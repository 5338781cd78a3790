class Animal {
    var name: String
    var sound: String { "..." }
    init(name: String) { self.name = name }
    func speak() -> String { "\(name) says \(sound)" }
    func describe() -> String { "Animal \(name)" }
}
class Dog: Animal {
    var tricks: [String] = []
    override var sound: String { "Woof" }
    init(name: String, tricks: [String]) {
        self.tricks = tricks
        super.init(name: name)
    }
    override func describe() -> String { super.describe() + " (dog with \(tricks.count) tricks)" }
}
final class Cat: Animal {
    override var sound: String { "Meow" }
}
let animals: [Animal] = [Dog(name: "Rex", tricks: ["sit"]), Cat(name: "Tom"), Animal(name: "Generic")]
for a in animals {
    print(a.speak())
    print(a.describe())
}
let d = Dog(name: "Fido", tricks: [])
let alias = d
alias.name = "Changed"
d.tricks.append("roll")
print(d.name, d.tricks, alias === d)
print(d is Animal, animals[1] is Dog, animals[1] is Cat)
if let dog = animals[0] as? Dog { print("dog", dog.tricks) }
print(animals[2] as? Dog == nil)
class Counter {
    static var total = 0
    var value = 0
    func increment() { value += 1; Counter.total += 1 }
    class func make() -> Counter { Counter() }
}
let c = Counter.make()
c.increment(); c.increment()
print(c.value, Counter.total)
print(c)
print([c])
// expect: Rex says Woof
// expect: Animal Rex (dog with 1 tricks)
// expect: Tom says Meow
// expect: Animal Tom
// expect: Generic says ...
// expect: Animal Generic
// expect: Changed ["roll"] true
// expect: true false true
// expect: dog ["sit"]
// expect: true
// expect: 2 2
// expect: main.Counter
// expect: [main.Counter]
