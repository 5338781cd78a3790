// A later cell's `func` adds an overload to the earlier cells' set; one with the same signature replaces only it.
func area(side: Double) -> Double { side * side }
func show(_ x: Int) -> String { "Int \(x)" }
// %%
func area(width: Double, height: Double) -> Double { width * height }
func show(_ x: String) -> String { "String \(x)" }
print(area(side: 2), area(width: 2, height: 3), show(1), show("a"))
// expect: 4.0 6.0 Int 1 String a
// %%
func area(side: Double) -> Double { side * side * 10 }
print(area(side: 2), area(width: 2, height: 3))
// expect: 40.0 6.0
// %%
func show(_ x: Double) -> String { "Double \(x)" }
print(show(1), show(2.5), show("b"))
// expect: Int 1 Double 2.5 String b
// %%
let area = 5
print(area)
// expect: 5
// %%
func area(side: Int) -> Int { side + 1 }
print(area(side: 3))
// expect: 4
// %%
area(width: 1, height: 1)
// expect error: TypeError: incorrect argument label in call (have 'width:', expected 'side:')
