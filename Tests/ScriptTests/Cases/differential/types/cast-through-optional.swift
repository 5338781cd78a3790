protocol Pet { var name: String { get } }
struct Dog: Pet { let name: String; func bark() -> String { "Woof from \(name)" } }
struct Cat: Pet { let name: String }
let pets: [Pet] = [Dog(name: "Rex"), Cat(name: "Tom")]
print(pets.first is Dog, pets.last is Dog)
if let dog = pets.first as? Dog { print(dog.bark()) }
print(pets.last as? Cat as Any)
let missing: Pet? = nil
print(missing is Dog, missing as? Dog as Any)
let count: Int? = 3
if let n = count as? Int { print("count", n) }
let nested: Int?? = 5
print(nested as? Int as Any)
let anything: Any? = "text"
print(anything as? String as Any, anything is String)
switch pets.first {
case let d as Dog: print("a dog named", d.name)
default: print("something else")
}
let found = pets.first(where: { $0.name == "Tom" })
switch found {
case is Cat: print("found a cat")
default: print("no cat")
}
let d = pets.first as! Dog
print(d.name)
for (name, rank) in zip(["gold", "silver", "bronze"], 1...) { print(rank, name) }
print(zip(10..., "abc").map { "\($0)\($1)" })
// expect: true false
// expect: Woof from Rex
// expect: Optional(main.Cat(name: "Tom"))
// expect: false nil
// expect: count 3
// expect: Optional(5)
// expect: Optional("text") true
// expect: a dog named Rex
// expect: found a cat
// expect: Rex
// expect: 1 gold
// expect: 2 silver
// expect: 3 bronze
// expect: ["10a", "11b", "12c"]
