struct Meter {
    var reading = 0 {
        willSet { print("about to set", newValue) }
        didSet { print("changed from", oldValue, "to", reading) }
    }
}
var m = Meter()
m.reading = 5
m.reading += 1
print(m.reading)
// expect: about to set 5
// expect: changed from 0 to 5
// expect: about to set 6
// expect: changed from 5 to 6
// expect: 6
