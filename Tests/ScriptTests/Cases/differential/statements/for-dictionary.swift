let ages = ["ann": 31, "bob": 25, "cy": 40]
for (name, age) in ages.sorted(by: { $0.key < $1.key }) { print(name, age) }
var sum = 0
for (_, age) in ages { sum += age }
print(sum)
for key in ages.keys.sorted() { print(key, terminator: " ") }
print()
// expect: ann 31
// expect: bob 25
// expect: cy 40
// expect: 96
// expect: ann bob cy 
