struct Vector2D: Equatable {
    var x = 0.0, y = 0.0
    static func + (left: Vector2D, right: Vector2D) -> Vector2D { Vector2D(x: left.x + right.x, y: left.y + right.y) }
    static func - (left: Vector2D, right: Vector2D) -> Vector2D { Vector2D(x: left.x - right.x, y: left.y - right.y) }
    static func * (v: Vector2D, k: Double) -> Vector2D { Vector2D(x: v.x * k, y: v.y * k) }
    static prefix func - (vector: Vector2D) -> Vector2D { Vector2D(x: -vector.x, y: -vector.y) }
    static func += (left: inout Vector2D, right: Vector2D) { left = left + right }
}
let a = Vector2D(x: 3.0, y: 1.0)
let b = Vector2D(x: 2.0, y: 4.0)
print(a + b, a - b, a * 2)
print(-a)
var c = a
c += b
print(c, c == a + b, c != a)
// expect: Vector2D(x: 5.0, y: 5.0) Vector2D(x: 1.0, y: -3.0) Vector2D(x: 6.0, y: 2.0)
// expect: Vector2D(x: -3.0, y: -1.0)
// expect: Vector2D(x: 5.0, y: 5.0) true true
