struct Address { var city: String }
struct Person { var name: String; var age: Int; var address: Address }
let people = [Person(name: "Ann", age: 31, address: Address(city: "Oslo")),
              Person(name: "Bob", age: 25, address: Address(city: "Rome"))]
print(people.map(\.name))
print(people.map(\Person.age).reduce(0, +))
print(people.map(\.address.city))
let kp = \Person.name
print(people[0][keyPath: kp], people[1][keyPath: \.age])
print(people.filter { $0.age > 30 }.map(\.name))
print(["a", "bb", "ccc"].map(\.count))
print(people.sorted { $0.age < $1.age }.map(\.name))
let byCity = Dictionary(grouping: people, by: \.address.city)
print(byCity.keys.sorted())
// expect: ["Ann", "Bob"]
// expect: 56
// expect: ["Oslo", "Rome"]
// expect: Ann 25
// expect: ["Ann"]
// expect: [1, 2, 3]
// expect: ["Bob", "Ann"]
// expect: ["Oslo", "Rome"]
