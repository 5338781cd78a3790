extension Int {
    var isEven: Bool { self % 2 == 0 }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
    func squared() -> Int { self * self }
}
print(4.isEven, 7.isEven, 5.squared())
var n = 0
3.times { n += 2 }
print(n)
extension String {
    func shout() -> String { uppercased() + "!" }
}
print("hey".shout())
// expect: true false 25
// expect: 6
// expect: HEY!
