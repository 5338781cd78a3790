var x = 10
let f = { [x] in x * 2 }
let g = { x * 2 }
x = 20
print(f(), g())
var counter = 0
let snapshot = { [c = counter + 1] in "was \(c)" }
counter = 5
print(snapshot(), counter)
final class Timer {
    var ticks = 0
    var onTick: (() -> Void)?
    func start() {
        onTick = { [weak self] in self?.ticks += 1 }
        onTick?()
        onTick?()
    }
    func describe() -> String {
        let make = { [unowned self] (suffix: String) -> String in "\(self.ticks)\(suffix)" }
        return make(" ticks")
    }
}
let t = Timer()
t.start()
print(t.describe())
var handlers: [() -> Int] = []
for i in 1...3 { var j = i * 10; handlers.append { [j] in j + 1 }; j = 0; _ = j }
print(handlers.map { $0() })
let adders = [1, 2].map { n in { [n] (v: Int) -> Int in v + n } }
print(adders.map { $0(100) })
let table = [[1, 2], [3]].map { [x] row in row.count + x }
print(table)
let a = 3
let f2 = { [a] }
let g2 = { [a, a] + [1] }
let h: () -> [Int] = { [a]
}
let k = { () -> [Int] in [a] }
print(f2(), g2(), h(), k())
let m = [1, 2].map { [$0, a] }
print(m)
// expect: 20 40
// expect: was 1 5
// expect: 2 ticks
// expect: [11, 21, 31]
// expect: [101, 102]
// expect: [22, 21]
// expect: [3] [3, 3, 1] [3] [3]
// expect: [[1, 3], [2, 3]]
