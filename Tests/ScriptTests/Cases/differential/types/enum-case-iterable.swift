enum Beverage: CaseIterable { case coffee, tea, juice }
let numberOfChoices = Beverage.allCases.count
print("\(numberOfChoices) beverages available")
for beverage in Beverage.allCases { print(beverage) }
print(Beverage.allCases)
enum Size: Int, CaseIterable { case small = 1, medium, large }
print(Size.allCases.map { $0.rawValue }.reduce(0, +))
// expect: 3 beverages available
// expect: coffee
// expect: tea
// expect: juice
// expect: [main.Beverage.coffee, main.Beverage.tea, main.Beverage.juice]
// expect: 6
