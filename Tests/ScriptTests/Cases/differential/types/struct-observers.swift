struct StepCounter {
    var total: Int = 0 {
        willSet(newTotal) { print("About to set total to \(newTotal)") }
        didSet {
            if total > oldValue { print("Added \(total - oldValue) steps") }
        }
    }
}
var counter = StepCounter()
counter.total = 200
counter.total = 360
counter.total += 10
print(counter.total)
// expect: About to set total to 200
// expect: Added 200 steps
// expect: About to set total to 360
// expect: Added 160 steps
// expect: About to set total to 370
// expect: Added 10 steps
// expect: 370
