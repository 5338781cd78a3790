class User { var name: String; var manager: User?; init(_ name: String, _ manager: User? = nil) { self.name = name; self.manager = manager } }
let boss = User("Ada")
let dev = User("Bob", boss)
if let m = dev.manager, let mm = m.manager { print(mm.name) } else { print("no grand-manager") }
print(dev.manager?.name ?? "none", boss.manager?.name ?? "none")
if let name = dev.manager?.name, name.hasPrefix("A") { print("manager starts with A") }
// expect: no grand-manager
// expect: Ada none
// expect: manager starts with A
