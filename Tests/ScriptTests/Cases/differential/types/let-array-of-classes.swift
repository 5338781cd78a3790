final class Person {
    var name: String
    var age: Int
    init(name: String, age: Int) { self.name = name; self.age = age }
}
let people = [Person(name: "Ada", age: 36), Person(name: "Alan", age: 41)]
people[0].age += 10
people[1].name = "Turing"
let byName = ["ada": people[0]]
byName["ada"]?.age += 1
let pair = (people[1], 3)
pair.0.age = 42
let grid = [[Person(name: "Grace", age: 85)]]
grid[0][0].age -= 5
for p in people { print(p.name, p.age) }
print(grid[0][0].age)
// expect: Ada 47
// expect: Turing 42
// expect: 80
