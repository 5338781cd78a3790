struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}
let someCreature = Animal(species: "Giraffe")
if let giraffe = someCreature { print("An animal was initialized with a species of \(giraffe.species)") }
let anonymousCreature = Animal(species: "")
if anonymousCreature == nil { print("The anonymous creature could not be initialized") }
print(someCreature as Any)
// expect: An animal was initialized with a species of Giraffe
// expect: The anonymous creature could not be initialized
// expect: Optional(main.Animal(species: "Giraffe"))
