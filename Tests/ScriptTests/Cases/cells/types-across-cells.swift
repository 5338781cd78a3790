struct Point { var x: Int; var y: Int }
let a = Point(x: 1, y: 2)
// %%
extension Point { var sum: Int { x + y } }
print(a.sum)
// expect: 3
// %%
struct Point { var x: Int; var y: Int; var z: Int = 0 }
let b = Point(x: 1, y: 2)
print(a, b)
// expect: Point(x: 1, y: 2) Point(x: 1, y: 2, z: 0)
// %%
func total(_ p: Point) -> Int { p.x + p.y + p.z }
print(total(b))
// expect: 3
// %%
b
// expect: Point(x: 1, y: 2, z: 0)
// %%
[a]
// expect: [main.Point(x: 1, y: 2)]
