enum Planet: Int { case mercury = 1, venus, earth, mars }
let possiblePlanet = Planet(rawValue: 3)
print(possiblePlanet as Any)
let positionToFind = 11
if let somePlanet = Planet(rawValue: positionToFind) {
    print(somePlanet)
} else {
    print("There isn't a planet at position \(positionToFind)")
}
enum Coin: String { case heads, tails }
print(Coin(rawValue: "tails")!, Coin(rawValue: "edge") == nil)
// expect: Optional(main.Planet.earth)
// expect: There isn't a planet at position 11
// expect: tails true
