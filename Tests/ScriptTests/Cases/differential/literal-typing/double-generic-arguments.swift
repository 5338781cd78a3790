struct Box<T> { var v: T }
let b = Box<Double>(v: 1)
print(b)
let c: Box<Double> = Box(v: 2)
print(c.v)
struct Pair<A, B> { var a: A; var b: B }
print(Pair<Double, Int>(a: 1, b: 2))
func id<T>(_ x: T) -> T { x }
let d: Double = id(3)
print(d)
// expect: Box<Double>(v: 1.0)
// expect: 2.0
// expect: Pair<Double, Int>(a: 1.0, b: 2)
// expect: 3.0
