struct Rect {
    var width = 0.0, height = 0.0
    var area: Double { width * height }
    var size: (Double, Double) {
        get { (width, height) }
        set(newSize) {
            width = newSize.0
            height = newSize.1
        }
    }
}
var r = Rect(width: 2, height: 3)
print(r.area)
r.size = (10, 20)
print(r.width, r.height, r.area)
print(r.size)
// expect: 6.0
// expect: 10.0 20.0 200.0
// expect: (10.0, 20.0)
