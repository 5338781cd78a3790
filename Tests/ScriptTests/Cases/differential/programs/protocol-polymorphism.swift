protocol Animal {
    var name: String { get }
    func sound() -> String
}
extension Animal { func describe() -> String { "\(name) says \(sound())" } }
struct Dog: Animal { let name: String; func sound() -> String { "woof" } }
struct Cat: Animal { let name: String; func sound() -> String { "meow" } }
let pets: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
for pet in pets { print(pet.describe()) }
print(pets.map { $0.name }.joined(separator: " & "))
// expect: Rex says woof
// expect: Tom says meow
// expect: Rex & Tom
