protocol TextRepresentable { var textualDescription: String { get } }
struct Dice { let sides: Int }
extension Dice: TextRepresentable {
    var textualDescription: String { "A \(sides)-sided dice" }
}
extension Int: TextRepresentable {
    var textualDescription: String { "the number \(self)" }
}
let things: [TextRepresentable] = [Dice(sides: 12), 7]
for t in things { print(t.textualDescription) }
struct Hamster { var name: String }
extension Hamster: CustomStringConvertible { var description: String { "A hamster named \(name)" } }
print(Hamster(name: "Simon"), [Hamster(name: "Ada")])
// expect: A 12-sided dice
// expect: the number 7
// expect: A hamster named Simon [A hamster named Ada]
