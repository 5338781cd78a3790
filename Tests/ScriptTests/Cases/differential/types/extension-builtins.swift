extension Double {
    var km: Double { self * 1_000.0 }
    var m: Double { self }
    var cm: Double { self / 100.0 }
}
let oneInch = 25.4.cm
print("One inch is \(oneInch) meters")
let aMarathon = 42.km + 195.m
print("A marathon is \(aMarathon) meters long")
extension Int {
    func repetitions(task: () -> Void) { for _ in 0..<self { task() } }
    mutating func square() { self = self * self }
    subscript(digitIndex: Int) -> Int {
        var decimalBase = 1
        for _ in 0..<digitIndex { decimalBase *= 10 }
        return (self / decimalBase) % 10
    }
    var isEven: Bool { self % 2 == 0 }
}
3.repetitions { print("Hello!") }
var someInt = 3
someInt.square()
print(someInt, 746381295[0], 746381295[8], 4.isEven)
// expect: One inch is 0.254 meters
// expect: A marathon is 42195.0 meters long
// expect: Hello!
// expect: Hello!
// expect: Hello!
// expect: 9 5 7 true
