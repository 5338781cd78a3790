struct Person { var pet: Pet? }
struct Pet { var name: String; var toy: String? }
var p = Person(pet: Pet(name: "Rex", toy: nil))
print(p.pet?.name)
print(p.pet?.toy?.count)
p.pet?.toy = "ball"
print(p.pet?.toy)
p.pet?.name = "Max"
print(p.pet!.name)
p.pet = nil
p.pet?.name = "Gone"
print(p.pet?.name)
// expect: Optional("Rex")
// expect: nil
// expect: Optional("ball")
// expect: Max
// expect: nil
