func area(side: Double) -> Double { side * side }
func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3.0 * radius * radius }
print(area(side: 2), area(width: 2, height: 5), area(radius: 1))
func show(_ v: Int) -> String { "Int \(v)" }
func show(_ v: String) -> String { "String \(v)" }
func show(_ v: Double) -> String { "Double \(v)" }
print(show(3), show("x"), show(2.5))
// expect: 4.0 10.0 3.0
// expect: Int 3 String x Double 2.5
