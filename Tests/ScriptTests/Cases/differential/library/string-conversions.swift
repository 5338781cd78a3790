print(String(42), String(3.5), String(true))
print(Int("123")!, Int("12a") as Any, Double("2.5")!)
print(String(255, radix: 16), String(5, radix: 2), Int("ff", radix: 16)!, Int("101", radix: 2)!)
print(42.description, 2.5.description, [1, 2].description)
print(String(describing: [1: "a"]), String(describing: (1, 2)))
// expect: 42 3.5 true
// expect: 123 nil 2.5
// expect: ff 101 255 5
// expect: 42 2.5 [1, 2]
// expect: [1: "a"] (1, 2)
