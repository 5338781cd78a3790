struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
struct Rect { var w = 0.0, h = 0.0; var area: Double { w * h } }
print(Rect(w: 2, h: 3).area, Rect().area)
// expect: 212.0
// expect: 0.0
// expect: 6.0 0.0
