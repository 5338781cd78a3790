final class Settings {
    static let shared = Settings()
    var volume = 5
    private init() {}
}
Settings.shared.volume = 8
print(Settings.shared.volume)
class Owner {
    let name: String
    var pet: Pet?
    init(name: String) { self.name = name }
}
class Pet {
    let name: String
    weak var owner: Owner?
    unowned let vet: Owner
    init(name: String, vet: Owner) { self.name = name; self.vet = vet }
}
let alice = Owner(name: "Alice")
let rex = Pet(name: "Rex", vet: alice)
alice.pet = rex
rex.owner = alice
print(rex.owner?.name ?? "none", alice.pet?.name ?? "none", rex.vet.name)
// expect: 8
// expect: Alice Rex Alice
