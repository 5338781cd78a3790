typealias AudioSample = UInt16
typealias Point = (x: Double, y: Double)
typealias Matrix = [[Double]]
let origin: Point = (0, 0)
var m: Matrix = [[1, 2], [3, 4]]
m[1][0] = 9.0
print(origin, origin.x, m)
struct Shapes {
    typealias Name = String
    var names: [Name] = ["a"]
}
print(Shapes().names)
// expect: (x: 0.0, y: 0.0) 0.0 [[1.0, 2.0], [9.0, 4.0]]
// expect: ["a"]
