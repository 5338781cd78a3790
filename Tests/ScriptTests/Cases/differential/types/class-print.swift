class Dog { var name = "Rex" }
class Puppy: Dog {}
let d = Dog()
print(d)
print([d, Puppy()])
print(Optional(d) as Any)
print("\(Puppy())")
// expect: main.Dog
// expect: [main.Dog, main.Puppy]
// expect: Optional(main.Dog)
// expect: main.Puppy
