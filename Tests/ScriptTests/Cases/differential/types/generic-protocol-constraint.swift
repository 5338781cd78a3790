protocol HasArea { var area: Double { get } }
struct Sq: HasArea { var s: Double; var area: Double { s * s } }
struct Ci: HasArea { var r: Double; var area: Double { 3 * r * r } }
func totalArea<T: HasArea>(_ shapes: [T]) -> Double { shapes.reduce(0) { $0 + $1.area } }
func describe(_ s: some HasArea) -> String { "area \(s.area)" }
print(totalArea([Sq(s: 1), Sq(s: 2)]))
print(describe(Ci(r: 1)))
func biggest<T>(_ items: [T], by key: (T) -> Double) -> T? {
    var best: T?
    var bestKey = -Double.infinity
    for item in items where key(item) > bestKey { best = item; bestKey = key(item) }
    return best
}
print(biggest([Sq(s: 3), Sq(s: 1)]) { $0.area }!)
// expect: 5.0
// expect: area 3.0
// expect: Sq(s: 3.0)
